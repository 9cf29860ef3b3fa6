"""CJK-aware wrapping (mcdm.figures.text): nothing lost, nothing cut, lines within the width."""

from hypothesis import given
from hypothesis import strategies as st

from mcdm.figures.text import em_width, fit, wrap

WORDS = st.lists(st.sampled_from(["核心", "元器件", "（", "）", "，", "、", "Core", "chips",
                                  " ", "high-end", "—", "“", "”", "CO₂", "AI"]), max_size=30)


@given(WORDS.map("".join), st.floats(3, 30))
def test_wrapping_keeps_every_character_and_the_width(text, width):
    lines = wrap(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for line in lines:
        # A line wider than the width holds a single unbreakable piece.
        assert em_width(line) <= width or len(wrap(line, 1e9)) == 1


@given(WORDS.map("".join), WORDS.map("".join), st.floats(3, 30))
def test_fit_never_cuts_a_label(full, short, width):
    out = fit(full, short, width)
    assert "…" not in out.replace(full, "").replace(short, "")
    assert out.replace("\n", "").replace(" ", "") in (full.replace(" ", ""),
                                                      short.replace(" ", ""))


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one():
    for width in range(3, 16):
        for line in wrap("重点方向（以高端通用芯片为主），含“车-路-云”一体化、新模式。", width):
            assert line[0] not in "，。、）”"
            assert line[-1] not in "（“"


def test_full_name_when_it_fits_two_lines_short_name_otherwise():
    assert fit("体系融合、协同发展", "体系融合", 10) == "体系融合、协同发展"
    assert fit("Self-reliance and control, open innovation", "Self-reliance", 10) == "Self-reliance"
    # Without a short name, every line of the full name (more than two) is kept.
    assert fit("Self-reliance and control, open innovation", "", 10).count("\n") >= 2
