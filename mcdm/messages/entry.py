"""Sentences for what a user types that the engine cannot take (a judgment typed in a cell)."""

SENTENCES: dict[str, tuple[str, str]] = {
    "entry.not_a_judgment": ("“{text}”不是判断值：请输入 {low} 到 {high} 之间的数，如 5、1/5 或 0.2。",
                              "“{text}” is not a judgment: type a number from {low} to {high}, "
                              "such as 5, 1/5 or 0.2."),
    "entry.off_scale": ("判断值 {text} 超出标度范围：应在 {low} 到 {high} 之间。",
                           "The judgment {text} is outside the scale: it must be from {low} to "
                           "{high}."),
}
