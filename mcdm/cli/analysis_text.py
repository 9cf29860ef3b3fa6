"""What ``evaluate`` prints after the summary when asked: the sensitivity of each industry's
ranking (stability intervals, and the smallest change that changes the top direction), and a
note on how the Monte Carlo probabilities were drawn. Read off the result; nothing recomputed."""

from __future__ import annotations

from mcdm.cli.sentences import sentence
from mcdm.cli.text import fmt, table, word

__all__ = ["monte_carlo_note", "sensitivity_text"]


def _interval(pair) -> str:
    return f"{fmt(float(pair[0]), 3)} – {fmt(float(pair[1]), 3)}"


def _percent(x: float) -> str:
    return f"{x:+.1%}"


def sensitivity_text(project, result, lang: str) -> str:
    blocks = [word("sensitivity", lang)]
    for ir in result.industries:
        s = ir.sensitivity
        if s is None:
            continue
        ind = project.industry(ir.industry_id)
        crit = {c.id: c.label.get(lang) for c in project.industry_criteria(ind.id)}
        dirs = {d.id: d.label.get(lang) for d in ind.directions}
        top = dirs[ir.ranking()[0][0]]
        total = float(ir.weights.sum())
        rows = [[crit[c], fmt(float(ir.weights[k]) / total, 3), _interval(s.top1_interval[k]),
                 _interval(s.ranking_interval[k])] for k, c in enumerate(ir.criterion_ids)]
        lines = [f"{ind.label.get(lang)} ({word('top_now', lang)}: {top})",
                 table([word("criterion", lang), word("weight", lang), word("top_stays", lang),
                        word("ranking_stays", lang)], rows, {1})]
        m = s.minimal_change
        if m is None:
            lines.append(sentence("cli.sensitivity_stable", lang, top=top))
        else:
            lines.append(sentence("cli.sensitivity_raise" if m.to_weight > m.from_weight
                                  else "cli.sensitivity_lower", lang,
                                  criterion=crit[ir.criterion_ids[m.criterion]],
                                  old=fmt(m.from_weight, 3), new=fmt(m.to_weight, 3),
                                  change=_percent(m.relative_change),
                                  new_top=dirs[ir.direction_ids[m.new_top]], top=top))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def monte_carlo_note(result, lang: str) -> str | None:
    options = result.options.get("monte_carlo")
    runs = [ir.monte_carlo for ir in result.industries if ir.monte_carlo is not None]
    if not options or not runs:
        return None
    return sentence("cli.monte_carlo_note", lang, n=runs[0].n_samples,
                    sampler=word(options["sampler"], lang),
                    noise=word("score_noise", lang) if options.get("score_noise") else "",
                    seed=options["seed"], k=runs[0].k, p_top=word("p_top", lang, k=runs[0].k))
