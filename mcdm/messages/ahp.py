"""Sentences for judgment matrices, AHP options and the verbal scale (:mod:`mcdm.ahp`).

A judgment is named by its two items, “「A」对「B」的判断” (how many times A matters more than B).
Met inside a project the problem also names the expert and the criterion the matrix is under (the
optional ``[[…]]`` part); raised by the library alone it names the items only.
"""

_WHO_ZH = "[[{expert}在「{node}」下的]]"
_WHO_EN = "[[ ({expert}, under “{node}”)]]"

SENTENCES: dict[str, tuple[str, str]] = {
    "judgments.not_numeric": (_WHO_ZH + "判断矩阵中有不是数字的值（缺失判断请留空）。",
                              "The judgment matrix" + _WHO_EN + " contains values that are not "
                              "numbers (leave a missing judgment blank)."),
    "judgments.not_square": (_WHO_ZH + "判断矩阵应为方阵（行数与列数相同），实际大小为 {shape}。",
                             "The judgment matrix" + _WHO_EN + " must be square (as many rows as "
                             "columns); it is {shape}."),
    "judgments.empty": (_WHO_ZH + "判断矩阵是空的：至少需要一项。",
                        "The judgment matrix" + _WHO_EN + " is empty: it needs at least one "
                        "item."),
    "judgments.stack_shape": ("各位专家的判断矩阵大小不一致[[：{expert}的矩阵与第一位专家的大小不同]]"
                              "[[（大小 {shape}）]]，应为同样大小的方阵。",
                              "The experts' judgment matrices differ in size[[: {expert}'s is not "
                              "the size of the first]][[ (size {shape})]]; they must be square "
                              "and of one size."),
    "judgments.missing": (_WHO_ZH + "「{a}」对「{b}」的判断缺失：此处需要一个正数。",
                          "The judgment of “{a}” against “{b}”" + _WHO_EN + " is missing: a "
                          "positive number is needed here."),
    "judgments.diagonal": (_WHO_ZH + "「{a}」与自身比较的判断（对角线）应为 1[[，实际为 {value}]]。",
                           "The judgment of “{a}” against itself (the diagonal)" + _WHO_EN +
                           " must be 1[[, not {value}]]."),
    "judgments.missing_one_side": (_WHO_ZH + "「{a}」对「{b}」的判断值为 {value}，但反向比较"
                                   "「{b}」对「{a}」缺失：两者应同时填写或同时留空。",
                                   "The judgment of “{a}” against “{b}”" + _WHO_EN + " is "
                                   "{value} but the reverse comparison is missing: give both or "
                                   "neither."),
    "judgments.not_finite": (_WHO_ZH + "「{a}」对「{b}」的判断值为 {value}，应为正的有限数。",
                             "The judgment of “{a}” against “{b}”" + _WHO_EN + " is {value}; it "
                             "must be a finite positive number."),
    "judgments.not_positive": (_WHO_ZH + "「{a}」对「{b}」的判断值为 {value}，应为正数"
                               "（1–9 标度上为 1/9 到 9）。",
                               "The judgment of “{a}” against “{b}”" + _WHO_EN + " is {value}; "
                               "it must be positive (1/9 to 9 on Saaty's scale)."),
    "judgments.not_reciprocal": (_WHO_ZH + "「{a}」对「{b}」的判断值为 {value}，反向比较却为 "
                                 "{reverse}：两者应互为倒数。",
                                 "The judgment of “{a}” against “{b}”" + _WHO_EN + " is {value} "
                                 "but the reverse comparison is {reverse}: they must be "
                                 "reciprocals."),
    "judgments.too_extreme": (_WHO_ZH + "判断值过于极端，无法计算权重"
                              "[[：最极端的是「{a}」对「{b}」的判断值 {value}]]"
                              "[[：「{item}」的权重下溢为 0]]。",
                              "The judgments" + _WHO_EN + " are too extreme to be weighted"
                              "[[: the most extreme is “{a}” against “{b}”, {value}]]"
                              "[[: the weight of “{item}” underflows to 0]]."),
    "judgments.disconnected": (_WHO_ZH + "判断没有把每一项都联系起来（缺：「{cut}」）：请为这些项"
                               "至少补充一个与其他项的比较。",
                               "The judgments" + _WHO_EN + " do not link every item (cut off: "
                               "“{cut}”): compare each of them with at least one other item."),
    # options of the weighting (library calls; the project's settings are checked by the schema)
    "ahp.method": ("未知的权重计算方法「{value}」：应为特征向量法或几何平均法（方根法）。",
                   "Unknown priority method “{value}”: use the eigenvector or the geometric "
                   "mean method."),
    "ahp.ri": ("未知的平均随机一致性指标 RI 表「{value}」：请选用软件提供的 RI 表之一。",
               "Unknown random index (RI) table “{value}”: use one of the tables the app "
               "offers."),
    "ahp.completion": ("未知的缺失判断补全方法「{value}」：应为最大特征值最小化补全或 Harker 法。",
                       "Unknown completion method “{value}”: use λmax-minimising completion or "
                       "Harker's method."),
    # the verbal scale
    "scale.grade": ("标度等级 {value} 超出 1 到 9 的范围。",
                    "The intensity grade {value} is outside 1 to 9."),
    "scale.unknown": ("未知的判断标度「{value}」：应为 1–9 标度、平衡标度或几何标度。",
                      "Unknown judgment scale “{value}”: use the Saaty 1–9, the balanced or the "
                      "geometric scale."),
    "scale.verbal": ("「{value}」不是标度上的判断用语（如“稍微重要”“明显重要”）。",
                     "“{value}” is not a verbal judgment of the scale (such as “moderate” or "
                     "“strong”)."),
}
