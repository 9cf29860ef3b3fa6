"""Every figure of the sample, in both languages: readable labels, legends inside the figure, no
missing glyph, and the numbers the result holds."""

import subprocess
import sys

import numpy as np
import pytest
from numpy.testing import assert_allclose

import mcdm.figures as F
from mcdm.figures.analysis import sensitive_criterion

LANGS = ("zh", "en")
INDUSTRIES = ("ngit", "bio", "equipment", "materials", "energy", "green", "nev", "services")
PER_INDUSTRY = (F.ranking_figure, F.sensitivity_figure, F.acceptability_figure, F.top_k_figure,
                F.comparison_figure)


def _texts(fig):
    from matplotlib.text import Text

    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def _check_readable(fig):
    """Drawn without a missing glyph; no label cut to "…"; every legend inside the figure."""
    fig.canvas.draw()
    for t in _texts(fig):
        assert not t.get_text().rstrip().endswith(("…", "...")), t.get_text()
    box = fig.bbox
    for legend in fig.legends + [ax.get_legend() for ax in fig.axes if ax.get_legend()]:
        ext = legend.get_window_extent()
        assert ext.x0 >= box.x0 - 0.5, legend
        assert ext.x1 <= box.x1 + 0.5, legend
        assert ext.y0 >= box.y0 - 0.5, legend
        assert ext.y1 <= box.y1 + 0.5, legend
    # Tick labels (the direction names) lie inside the figure as well.
    for ax in fig.axes:
        for t in ax.get_yticklabels():
            ext = t.get_window_extent()
            assert ext.x0 >= box.x0 - 0.5, t.get_text()


@pytest.mark.usefixtures("strict_glyphs")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("industry", INDUSTRIES)
def test_industry_figures_render_readably(full_result, industry, lang):
    project = full_result.project
    name = project.industry(industry).label.get(lang)
    for make in PER_INDUSTRY:
        fig = make(full_result, industry, lang)
        _check_readable(fig)
        texts = " ".join(t.get_text() for t in _texts(fig)).replace("\n", "")
        assert name in texts, make.__name__  # the title names the industry
        assert ("示例数据，仅供演示" if lang == "zh" else "Illustrative data") in texts


@pytest.mark.usefixtures("strict_glyphs")
@pytest.mark.parametrize("lang", LANGS)
def test_weight_figures_render_readably_and_name_every_expert(full_result, lang):
    project = full_result.project
    for node in project.internal_nodes():
        fig = F.node_weights_figure(full_result, node.id, lang)
        _check_readable(fig)
        entries = [t.get_text() for t in fig.legends[0].get_texts()]
        nr = full_result.nodes[node.id]
        assert entries[0] == ("群组" if lang == "zh" else "Group")
        # Every expert is named in full (wrapped at most), not "专家…".
        assert [x.replace("\n", " ") for x in entries[1:]] == \
            [project.expert(e).name for e in nr.experts]
    _check_readable(F.global_weights_figure(full_result, lang))


def _bar_values(ax, k=0):
    return np.array(ax.containers[k].datavalues, dtype=float)


def test_ranking_bars_are_the_closeness_in_rank_order(full_result):
    for ir in full_result.industries:
        ax = F.ranking_figure(full_result, ir.industry_id, "en").axes[0]
        assert_allclose(_bar_values(ax), [c for _, c, _ in ir.ranking()], rtol=0, atol=1e-12)
        assert ax.get_xlim() == (0.0, 1.0)  # closeness keeps a fixed axis
        notes = [t.get_text() for t in ax.texts]
        assert notes == [f"{c:.4f}" for _, c, _ in ir.ranking()]


def test_weight_bars_are_the_groups_and_each_experts_weights(full_result):
    nr = full_result.nodes["principles"]
    ax = F.node_weights_figure(full_result, "principles", "zh").axes[0]
    assert_allclose(_bar_values(ax, 0), nr.weights, atol=1e-12)
    for k in range(len(nr.experts)):
        assert_allclose(_bar_values(ax, k + 1), nr.expert_weights[k], atol=1e-12)
    ax = F.global_weights_figure(full_result, "en").axes[0]
    assert_allclose(_bar_values(ax), full_result.leaf_weights, atol=1e-12)


def test_global_weight_axis_does_not_move_on_a_small_change(full_result):
    from mcdm.figures.style import nice_max

    top = float(full_result.leaf_weights.max())
    assert nice_max(top) == nice_max(top * 1.02) == nice_max(top * 0.98)


def test_monte_carlo_figures_show_the_runs_numbers(full_result):
    ir = full_result.industry("bio")
    mc = ir.monte_carlo
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    ax = F.top_k_figure(full_result, "bio", "en").axes[0]
    assert_allclose(_bar_values(ax), mc.top_k[0][order], atol=1e-12)
    ax = F.acceptability_figure(full_result, "bio", "en").axes[0]
    for k in range(len(order)):
        assert_allclose(_bar_values(ax, k), mc.acceptability[0][order, k], atol=1e-12)


def test_rank_colours_are_ordered_from_dark_to_light():
    from mcdm.figures.style import rank_colours

    lum = [0.2126 * r + 0.7152 * g + 0.0722 * b for r, g, b, _ in rank_colours(12)]
    assert lum == sorted(lum)
    assert lum[-1] < 0.85  # the last rank still shows on white


def test_sensitivity_figure_marks_the_current_weight_and_every_reversal(full_result):
    ir = full_result.industry("ngit")
    j = sensitive_criterion(ir)
    ax = F.sensitivity_figure(full_result, "ngit", "en").axes[0]
    vlines = [ln for ln in ax.lines if ln.get_linestyle() == "--" and
              len(set(ln.get_xdata())) == 1]
    assert_allclose(vlines[0].get_xdata()[0], ir.weights[j])
    points = ax.collections[0].get_offsets() if ir.sensitivity.reversals_for(j) else []
    assert len(points) == len(ir.sensitivity.reversals_for(j))


def test_comparison_cells_are_the_methods_ranks(full_result):
    ir = full_result.industry("nev")
    cmp = full_result.comparison("nev")
    order = [ir.direction_ids.index(d) for d, _, _ in ir.ranking()]
    ax = F.comparison_figure(full_result, "nev", "en").axes[0]
    cells = np.array([int(t.get_text()) for t in ax.texts]).reshape(len(order), -1)
    assert (cells == np.asarray(cmp.ranks)[:, order].T).all()


@pytest.mark.usefixtures("strict_glyphs")
@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_figures_save_as_png_svg_and_pdf(full_result, tmp_path, fmt):
    fig = F.ranking_figure(full_result, "nev", "zh")
    path = F.save(fig, tmp_path / f"nev.{fmt}")
    data = path.read_bytes()
    assert data[:8] == {"png": b"\x89PNG\r\n\x1a\n", "svg": data[:8], "pdf": b"%PDF-1.4"}[fmt]
    if fmt == "png":
        from PIL import Image

        w, h = fig.get_size_inches()
        with Image.open(path) as im:
            assert im.size == (round(w * 300), round(h * 300))
            assert im.info["dpi"][0] == pytest.approx(300, abs=0.1)
    if fmt == "svg":
        assert b"<svg" in data[:400]
    # The same result gives the same bytes (no creation date, stable ids).
    again = F.save(F.ranking_figure(full_result, "nev", "zh"), tmp_path / f"again.{fmt}")
    assert again.read_bytes() == data


def test_save_refuses_an_unknown_format(full_result, tmp_path):
    with pytest.raises(ValueError, match="png, svg, pdf"):
        F.save(F.ranking_figure(full_result, "nev", "en"), tmp_path / "x.gif")


def test_a_gui_canvas_figure_is_redrawn_in_place(full_result):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    mine = Figure(figsize=(12.8, 7.2))  # a 1280×720 canvas at 100 dpi
    FigureCanvasAgg(mine)
    out = F.ranking_figure(full_result, "bio", "zh", figure=mine)
    assert out is mine
    assert tuple(mine.get_size_inches()) == (12.8, 7.2)
    _check_readable(mine)
    F.top_k_figure(full_result, "bio", "zh", figure=mine)
    assert len(mine.axes) == 1  # cleared, not stacked


def test_importing_the_figures_does_not_import_matplotlib():
    code = ("import sys, mcdm, mcdm.figures, mcdm.report; "
            "print(any(m.startswith('matplotlib') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_a_glyph_no_font_has_fails_the_glyph_check(full_result, strict_glyphs):
    # The check the tests above rely on can fail: a label no installed font can draw.
    from mcdm.project.evaluate import evaluate
    from mcdm.project.model import Text

    project = full_result.project
    ind = project.industry("green")
    d0 = ind.directions[0]
    odd = d0.__class__(d0.id, Text("\U0001F6F8 方向", "\U0001F6F8 direction"), d0.description)
    changed = project.replace(industries=tuple(
        i.replace(directions=(odd, *i.directions[1:])) if i.id == "green" else i
        for i in project.industries))
    fig = F.ranking_figure(evaluate(changed), "green", "en")
    with pytest.raises(UserWarning, match="missing"):
        fig.canvas.draw()


@pytest.mark.usefixtures("strict_glyphs")
@pytest.mark.parametrize(("mode", "zh", "en"), [
    ("ahp", "（TOPSIS，向量规范化）", "(TOPSIS, vector normalization)"),
    ("objective", "（TOPSIS，向量规范化，熵权法）",
     "(TOPSIS, vector normalization, entropy weights)"),
    ("combined", "（TOPSIS，向量规范化，组合赋权（熵权法，乘法合成））",
     "(TOPSIS, vector normalization, combined (entropy weights, multiplicative))"),
])
def test_the_ranking_title_names_the_weights_that_ranked(mode, zh, en):
    """The closeness depends on which weights ranked: the title says so, in the settings'
    words, and stays readable."""
    from mcdm.project import edits as E
    from mcdm.project.evaluate import evaluate
    from mcdm.project.sample import sample_project

    project, _ = E.SetSetting("weighting", mode).apply(sample_project())
    result = evaluate(project)
    assert result.industry("ngit").weighting.used == mode
    for lang, expected in (("zh", zh), ("en", en)):
        fig = F.ranking_figure(result, "ngit", lang)
        _check_readable(fig)
        title = " ".join(t.get_text() for t in _texts(fig)).replace("\n", "")
        assert expected.replace(" ", "") in title.replace(" ", "")
