"""The report's weighting, Delphi rounds and portfolio (opened with python-docx): the method names
the weighting in the settings table's words, the three weight vectors per industry are the
engine's with the one that ranked marked, constant criteria are noted; S*, dispersion and who
moved equal ``mcdm.project.rounds``; budget, spend, value, the chosen directions and robustness
equal the result's portfolio, with the frontier as a numbered figure; the comparison is
captioned with its parameters; only the references the text cites are listed."""

import docx
import numpy as np
import pytest

from mcdm.project import edits as E
from mcdm.project.captions import comparison_caption, weighting_caption
from mcdm.project.evaluate import evaluate
from mcdm.project.model import IndustryPlan
from mcdm.project.portfolio import amount
from mcdm.project.rounds import summarize_rounds
from mcdm.project.sample import sample_project
from mcdm.project.settings import spec
from mcdm.report import build_report, write_report
from mcdm.report.document import Figure, Heading, Paragraph, Table
from tests.mcdm.excel.test_excel_portfolio_rounds import rounds_project

from .conftest import DAY


@pytest.fixture(scope="module")
def combined():
    """Two closed rounds, combined weights (AHP with entropy), a Monte Carlo run."""
    p, _ = E.SetSetting("weighting", "combined").apply(rounds_project())
    return evaluate(p, sensitivity=True, monte_carlo=100)


@pytest.fixture(scope="module", params=["zh", "en"])
def doc(request, combined, tmp_path_factory):
    lang = request.param
    path = tmp_path_factory.mktemp("planning") / f"r_{lang}.docx"
    write_report(combined, path, lang=lang, today=DAY)
    return lang, build_report(combined, lang, today=DAY), docx.Document(path)


def _tables(report):
    return [b for b in report.blocks if isinstance(b, Table)]


def _table(report, document, caption):
    """The Word table whose report caption is ``caption`` (rows as lists of cell texts)."""
    k = next(i for i, t in enumerate(_tables(report)) if t.caption == caption)
    return [[c.text for c in r.cells] for r in document.tables[k].rows]


def _text(document):
    return "\n".join(p.text for p in document.paragraphs)


def test_headings_of_the_new_parts(doc):
    lang, _, document = doc
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    sep = "　" if lang == "zh" else " "
    for h in (("1.1", "各产业的主观、客观与组合权重", "Subjective, objective and combined weights "
                                                "by industry"),
              ("3.1", "德尔菲轮次", "Delphi rounds"), ("5", "投资组合", "Portfolio")):
        assert f"{h[0]}{sep}{h[1] if lang == 'zh' else h[2]}" in headings
    order = [headings.index(h) for h in headings if h[:2] in ("1 ", "1　", "3.", "4 ", "4　",
                                                             "5 ", "5　")]
    assert order == sorted(order)


def test_the_method_names_the_weighting_and_the_tables_are_the_engines(doc, combined):
    lang, report, document = doc
    text = _text(document)
    assert spec("weighting").word("combined", lang) in text
    assert spec("combination").word("multiplicative", lang) in text
    assert "Shannon" in text
    for ir in combined.industries:
        label = combined.project.industry(ir.industry_id).label.get(lang)
        caption = (f"{label}：主观、客观与组合权重" if lang == "zh" else
                   f"{label}: subjective, objective and combined weights")
        rows = _table(report, document, caption)
        assert rows[0][4].endswith("✓")  # the combined weights ranked
        w = ir.weighting
        shown = np.array([[float(x) for x in r[2:5]] for r in rows[1:]])
        np.testing.assert_allclose(shown, np.c_[w.ahp, w.objective, w.combined], atol=5e-5)
        table = next(t for t in _tables(report) if t.caption == caption)
        assert weighting_caption(w, lang) in table.note
    # the sample's 节能环保产业 has a criterion every direction scores alike: noted
    green = next(t for t in _tables(report) if t.caption.startswith(
        combined.project.industry("green").label.get(lang)) and "✓" in t.header[4])
    assert "0" in green.note
    assert combined.industry("green").weighting.constant


def test_the_rounds_are_the_summary(doc, combined):
    lang, report, document = doc
    project = combined.project
    summary = summarize_rounds(project)
    rows = _table(report, document, "各轮次的共识度 S* 与离散度" if lang == "zh" else
                  "Consensus S* and dispersion by round")
    assert len(rows[0]) == 1 + 2 * len(summary.rounds)
    for node, row in zip(project.internal_nodes(), rows[1:], strict=True):
        assert row[0] == node.label.get(lang)
        for k, r in enumerate(summary.rounds):
            assert float(row[1 + 2 * k]) == pytest.approx(r.nodes[node.id].s_star, abs=5e-4)
            assert float(row[2 + 2 * k]) == pytest.approx(r.nodes[node.id].mean_gsd, abs=5e-4)
    moves = _table(report, document, "各轮中改变回答的专家" if lang == "zh" else
                   "Experts who changed answers, by round")
    names = {e.id: e.name for e in project.experts}
    expected = {(names[m.expert_id], project.node(m.node_id).label.get(lang), len(m.changed))
                for m in summary.rounds[1].moved}
    assert {(r[1], r[2], int(r[3])) for r in moves[1:]} == expected
    assert ("第 3 轮中无人改变回答。" if lang == "zh" else
            "Nobody changed an answer in round 3.") in _text(document)


def test_the_portfolio_is_the_results(doc, combined):
    lang, report, document = doc
    p = combined.portfolio()
    text = _text(document)
    assert f"{amount(p.cost)} 亿元" in text
    assert f"{p.value:.3f}" in text
    rows = _table(report, document, "各产业的入选方向与投入" if lang == "zh" else
                  "Directions chosen and spend by industry")
    for spend, row in zip(p.industries, rows[1:-1], strict=True):
        assert row[1] == f"{spend.count} / {spend.candidates}"
        assert row[2] == amount(spend.spend)
        assert float(row[3]) == pytest.approx(spend.value, abs=5e-4)
    assert rows[-1][1] == f"{len(p.selected)} / {len(p.candidates.items)}"  # the total
    chosen = _table(report, document, "入选的重点发展方向" if lang == "zh" else
                    "The priority directions chosen")
    labels = {(i.id, d.id): d.label.get(lang) for i in combined.project.industries
              for d in i.directions}
    assert [r[1] for r in chosen[1:]] == [labels[k] for k in p.selected]
    rob = combined.portfolio_robustness()
    freq = dict(zip(rob.candidates.items, rob.frequency, strict=True))
    assert [r[5] for r in chosen[1:]] == [f"{freq[k]:.0%}" for k in p.selected]
    figures = [b for b in report.blocks if isinstance(b, Figure)]
    assert figures[-1].caption == ("投资组合的有效前沿" if lang == "zh" else
                                   "Efficient frontier of the portfolio")
    assert len(document.inline_shapes) == report.figures
    for b in p.binding:
        from mcdm.messages import describe

        assert describe(b, lang, combined.project) in text


def test_the_comparison_is_captioned_with_its_parameters(doc, combined):
    lang, report, document = doc
    notes = [t.note for t in _tables(report) if t.caption.endswith(
        "不同方法下的排名" if lang == "zh" else "ranks by method")]
    assert notes
    assert set(notes) == {comparison_caption(combined.settings, lang)}
    assert comparison_caption(combined.settings, lang) in _text(document)


def test_only_the_cited_references_are_listed(doc):
    lang, report, _ = doc
    refs = [b.text for b in report.blocks if isinstance(b, Paragraph) and b.style == "reference"]
    firsts = {r.split(",")[0] for r in refs}
    assert {"Dalkey", "Salo", "Shannon", "Hwang", "Saaty"} <= firsts
    assert "Diakoulaki" not in firsts  # CRITIC is not used here


def test_an_ahp_report_has_no_weighting_tables_nor_rounds(written):
    report, path = written
    lang = "zh" if path.stem.endswith("zh") else "en"
    heads = [b.text for b in report.blocks if isinstance(b, Heading)]
    assert not any(h.startswith(("1.1", "3.1")) for h in heads)
    assert ("5　投资组合" if lang == "zh" else "5 Portfolio") in heads  # the sample has a budget
    text = " ".join(b.text for b in report.blocks if isinstance(b, Paragraph))
    assert spec("weighting").word("ahp", lang) in text
    assert "Dalkey" not in text


def test_no_portfolio_is_said_with_its_reason():
    project, _ = E.SetIndustryPlan("green", IndustryPlan(min_count=3)).apply(sample_project())
    report = build_report(evaluate(project), "zh", today=DAY)
    k = next(i for i, b in enumerate(report.blocks) if isinstance(b, Heading) and
             b.text == "5　投资组合")
    assert report.blocks[k + 1].text.startswith("没有投资组合：“节能环保产业”至少要选 3 个方向")
    assert isinstance(report.blocks[k + 2], Heading)  # no table, no figure: nothing to draw


def test_the_pdf_holds_the_new_parts(combined, tmp_path):
    import subprocess

    pdf = write_report(combined, tmp_path / "r.pdf", lang="en", today=DAY)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "").replace("\n", "")
    for words in ("Delphi rounds", "Within the budget of 300", "Efficient frontier of the portfolio",
                  "Subjective, objective and combined weights"):
        assert words.replace(" ", "") in text  # Type 3 text extracts without some spaces
