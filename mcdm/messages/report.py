"""Sentences for the report (:mod:`mcdm.report`)."""

SENTENCES: dict[str, tuple[str, str]] = {
    "report.format": ("无法写出 {format} 格式的报告：请使用 .docx 或 .pdf。",
                      "A report cannot be written as {format}: use .docx or .pdf."),
}
