"""Row fitting and header styling of mcdm.excel.layout on a bare openpyxl sheet: the height a
wrapped label needs, alignment of the row's written cells only, styles reused per look."""

from openpyxl import Workbook

from mcdm.excel import layout as L

LONG = "新一代信息技术产业重点发展方向" * 3  # 45 CJK characters


def test_a_wrapped_row_is_tall_enough_and_its_written_cells_sit_at_the_top():
    ws = Workbook().active
    L.put(ws, 1, 1, LONG, lang="zh", wrap=True, border=True)
    L.put(ws, 1, 3, 0.5, lang="zh", fmt=L.FMT_WEIGHT)
    L.fit_row(ws, 1, {1: 20, 2: 12, 9: 12}, lang="zh")
    # 45 characters of 1.7 digit widths over 0.95 of a 20-wide column: 76.5 / 19 -> 5 lines.
    assert ws.row_dimensions[1].height == 16.5 * 5
    assert set(ws._cells) == {(1, 1), (1, 3)}  # no empty cells stored for B or I
    label, number = ws.cell(1, 1), ws.cell(1, 3)
    assert (label.alignment.vertical, label.alignment.wrap_text) == ("top", True)
    assert (number.alignment.vertical, number.alignment.wrap_text) == ("top", None)
    # Each keeps the rest of its own look.
    assert label.border.left.style == "thin"
    assert number.border.left.style is None
    assert number.number_format == L.FMT_WEIGHT


def test_a_row_that_fits_keeps_its_alignment():
    ws = Workbook().active
    L.put(ws, 1, 1, "人工智能", lang="zh")
    L.fit_row(ws, 1, {1: 20}, lang="zh")
    assert ws.row_dimensions[1].height == 16.5
    assert ws.cell(1, 1).alignment.vertical is None


def test_wrapped_headers_stay_centred_and_cells_of_one_look_share_a_style():
    ws = Workbook().active
    L.header(ws, 1, 1, [LONG, "CR", "GCI"], lang="zh")
    L.fit_row(ws, 1, {1: 12, 2: 8, 3: 8}, lang="zh", fill=0.7)
    cells = [ws.cell(1, c) for c in (1, 2, 3)]
    assert all(c.alignment.vertical == "center" and c.alignment.horizontal == "center"
               and c.alignment.wrap_text for c in cells)
    assert all(c.font.b and c.font.color.rgb == "00FFFFFF" for c in cells)
    assert len({tuple(c._style) for c in cells}) == 1


def test_a_wrapped_tree_label_keeps_its_indent():
    """The weights sheet indents a node by its depth; a label long enough to wrap keeps it."""
    from openpyxl.styles import Alignment

    ws = Workbook().active
    for row, text in ((1, "人工智能"), (2, LONG)):
        cell = L.put(ws, row, 1, text, lang="zh", border=True)
        cell.alignment = Alignment(indent=4, wrap_text=True, vertical="top")
        L.fit_row(ws, row, {1: 20}, lang="zh")
    assert [ws.cell(r, 1).alignment.indent for r in (1, 2)] == [4, 4]
    assert ws.row_dimensions[2].height > ws.row_dimensions[1].height
