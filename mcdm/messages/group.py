"""Sentences for the expert panel's weights, group aggregation (:mod:`mcdm.group`) and the
criteria hierarchy (:mod:`mcdm.hierarchy`)."""

SENTENCES: dict[str, tuple[str, str]] = {
    "experts.weights_not_numeric": ("专家权重中有不是数字的值：应为 {n} 个数，每位专家一个。",
                                    "The expert weights are not all numbers: give {n} numbers, "
                                    "one per expert."),
    "experts.weights_shape": ("有 {count} 个专家权重，而专家有 {n} 位：应每位专家一个权重。",
                              "There are {count} expert weight(s) for {n} experts: give one "
                              "weight per expert."),
    "experts.weight_invalid": ("{expert}的权重为 {value}，应为不小于 0 的有限数。",
                               "{expert}'s weight is {value}; it must be a finite number of at "
                               "least 0."),
    "experts.weights_all_zero": ("所有专家的权重都为 0：至少一位专家的权重需大于 0。",
                                 "Every expert's weight is 0: at least one expert needs a weight "
                                 "above 0."),
    "priorities.shape": ("权重向量的大小为 {shape}，应为每位专家一个权重向量（专家数 × 项数）。",
                         "The priority vectors are {shape}; give one vector per expert (experts "
                         "× items)."),
    "priorities.invalid": ("{expert}的第 {number} 项权重为 {value}，应为正的有限数。",
                           "{expert}'s priority of item {number} is {value}; it must be a finite "
                           "positive number."),
    "priorities.underflow": ("{expert}的第 {number} 项权重与其他项相差过大，无法计算。",
                             "{expert}'s priority of item {number} is too small next to the "
                             "others to be computed."),
    "aip.method": ("未知的个体排序集结方法「{value}」：应为加权几何平均或加权算术平均。",
                   "Unknown AIP method “{value}”: use the weighted geometric or the weighted "
                   "arithmetic mean."),
    "hierarchy.matrix_shape": ("「{node}」下有 {children} 项，但判断矩阵的大小为 {shape}。",
                               "“{node}” has {children} items but its judgment matrix is "
                               "{shape}."),
    "hierarchy.weights": ("「{node}」的局部权重无效：应为不小于 0 的有限数，且不全为 0。",
                          "The local weights under “{node}” are not valid: they must be finite, "
                          "at least 0 and not all 0."),
    "hierarchy.unweighted": ("「{node}」下有多项，但既没有判断矩阵，也没有局部权重。",
                             "“{node}” has several items but neither a judgment matrix nor local "
                             "weights."),
    "hierarchy.duplicate": ("名称「{node}」在层次结构中出现了两次：每个节点的名称应唯一。",
                            "The name “{node}” appears twice in the hierarchy: each node needs a "
                            "name of its own."),
    "hierarchy.unknown_node": ("层次结构中没有「{node}」。",
                               "The hierarchy has no node “{node}”."),
}
