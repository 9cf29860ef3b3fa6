"""File ▸ Export from the window (qtbot, answers scripted through the interaction layer): the
report as Word and as PDF — in the export language, from the Monte Carlo run when there is one,
with the stability sections even from a plain evaluation — and the current page's chart as PNG
(300 dpi), SVG or PDF drawn at the report's size. Each says what it wrote and where, with a
button that opens the folder; a page without a chart says where the charts are."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.testing import make_window


@pytest.fixture
def win(qtbot, tmp_path):
    return make_window(qtbot, tmp_path, lang="zh")


def _docx_text(path):
    """The document, its text and its headings."""
    import docx

    doc = docx.Document(str(path))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    return doc, "\n".join(p.text for p in doc.paragraphs), headings


def _export(qtbot, window, action, path):
    window.context.interaction.script(str(path))
    with qtbot.waitSignal(window.exporter.finished, timeout=120000) as blocker:
        action.trigger()
    assert window.exporter.progress_dialog is None  # closed once written
    return blocker.args[0]


def test_report_word_in_the_interface_language_with_the_notice(win, qtbot, tmp_path):
    ctx, window = win
    written = _export(qtbot, window, window.exporter.act_report, tmp_path / "报告")
    assert written == str(tmp_path / "报告.docx")  # the suffix added to a bare name
    doc, _text, headings = _docx_text(written)
    for heading in ("1　方法", "2　专家组", "3　群组权重", "稳定性", "附录　完整数据表"):
        assert heading in headings
    assert "蒙特卡洛模拟" not in headings  # no run yet: no Monte Carlo section
    assert len(doc.tables) >= 10
    figures = len(doc.inline_shapes)
    assert figures >= len(ctx.project.industries)  # a ranking figure per industry at least
    # What was written and where, with the folder one click away.
    assert window.message_text() == f"已写出报告“报告.docx”，位于 {tmp_path.resolve()}"
    button = window.message_line.button
    assert button.isVisibleTo(window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ctx.interaction.asked[-1].method == "open_folder"
    assert ctx.interaction.asked[-1].args == (str(tmp_path.resolve()),)


def test_report_takes_the_monte_carlo_run_and_the_export_language(win, qtbot, tmp_path):
    ctx, window = win
    window.show_page("montecarlo")
    page = window.page("montecarlo")
    page.samples.setValue(300)
    with qtbot.waitSignal(page.shown, timeout=60000):
        page.run()
    window.exporter.set_export_language("en")  # an English report from a Chinese interface
    written = _export(qtbot, window, window.exporter.act_report, tmp_path / "report.docx")
    _doc, text, headings = _docx_text(written)
    assert "1 Method" in headings
    assert "Monte Carlo simulation" in headings
    # The run's samples and seed, not a new simulation.
    assert "Monte Carlo: 300 samples, " in text
    assert f"seed {page.seed.value()}." in text


def test_report_pdf(win, qtbot, tmp_path):
    _ctx, window = win
    written = _export(qtbot, window, window.exporter.act_report_pdf, tmp_path / "report.pdf")
    data = open(written, "rb").read()
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + \
        data.count(b"/Type /Page>") > 5
    assert window.message_text().startswith("已写出报告“report.pdf”")


@pytest.mark.parametrize(("page", "suffix", "magic"), [
    ("results", "png", b"\x89PNG"), ("group", "svg", b"<?xml"), ("portfolio", "pdf", b"%PDF"),
])
def test_current_chart_in_each_format(win, qtbot, tmp_path, page, suffix, magic):
    ctx, window = win
    window.show_page(page)
    written = _export(qtbot, window, window.exporter.act_chart, tmp_path / f"chart.{suffix}")
    data = open(written, "rb").read()
    assert data.startswith(magic)
    assert window.message_text().startswith(f"已保存图表“chart.{suffix}”")
    if suffix == "png":
        from PIL import Image

        with Image.open(written) as im:
            assert im.size[0] == round(6.3 * 300)  # the report's width at 300 dpi
            assert im.info["dpi"][0] == pytest.approx(300, abs=0.1)
    if suffix == "svg":
        assert b"<svg" in data[:1000]


def test_the_exported_chart_is_the_pages_figure_in_the_export_language(win, qtbot, tmp_path):
    ctx, window = win
    window.ranking_state.set_industry("bio")
    window.show_page("results")
    chart = window.page("results").chart
    fig = chart.export_figure("en")
    from mcdm.figures import shown

    names = {d.id: d.label.en for d in ctx.project.industry("bio").directions}
    assert shown(fig).rows == tuple(names[d] for d, _, _ in ctx.result.industry("bio").ranking())
    assert "Bioindustry" in fig.get_suptitle().replace("\n", " ")
    texts = [t.get_text() for t in fig.texts]
    assert any("Illustrative data" in t for t in texts)


def test_a_page_without_a_chart_says_where_the_charts_are(win, tmp_path):
    ctx, window = win
    window.show_page("tree")
    window.exporter.act_chart.trigger()
    asked = ctx.interaction.asked[-1]
    assert asked.method == "error"
    assert asked.args[0] == "没有可导出的图表"
    assert "投资组合" in asked.args[1]


def test_a_report_that_cannot_be_written_lists_the_problem(win, qtbot, tmp_path):
    ctx, window = win
    target = tmp_path / "missing-folder" / "report.docx"
    ctx.interaction.script(str(target))
    with qtbot.waitSignal(window.exporter.failed, timeout=120000):
        window.exporter.act_report.trigger()
    asked = ctx.interaction.asked[-1]
    assert asked.method == "error"
    assert asked.args[0] == "报告未写出"
    assert not target.exists()


def test_file_names_take_the_suffix_of_the_format():
    from desktop.export import CHART_FORMATS, with_suffix
    from desktop.interaction import add_filter_suffix

    assert with_suffix("/tmp/chart", CHART_FORMATS) == "/tmp/chart.png"
    assert with_suffix("/tmp/chart.SVG", CHART_FORMATS) == "/tmp/chart.SVG"
    assert with_suffix("/tmp/chart.jpg", CHART_FORMATS) == "/tmp/chart.jpg.png"  # never a JPEG
    # The file dialog's chosen filter names the format of a name typed without a suffix.
    assert add_filter_suffix("/tmp/chart", "SVG drawing (*.svg)") == "/tmp/chart.svg"
    assert add_filter_suffix("/tmp/chart.pdf", "PNG image, 300 dpi (*.png)") == "/tmp/chart.pdf"
    assert add_filter_suffix("", "PNG image (*.png)") == ""  # cancelled
