"""``evaluate``'s analysis options, checked before any work: each bad value is one line naming
the option and what it takes (exit status 2), never an engine repr or an empty table."""

from __future__ import annotations

import math

from mcdm.cli.helptext import h
from mcdm.cli.sentences import usage_error

__all__ = ["add_analysis_options", "check_options", "monte_carlo_options"]

MAX_TOP = 1000
# A million samples of the sample workshop take about two minutes; more is a typo.
MAX_SAMPLES = 1_000_000
SAMPLERS = ("bootstrap", "dirichlet")


def add_analysis_options(p) -> None:
    p.add_argument("--top", type=int, default=3, metavar="N",
                   help=h("directions shown per industry (default 3; --json and --csv give all)"))
    p.add_argument("--sensitivity", action="store_true",
                   help=h("also show how far each criterion weight can move before the top "
                          "direction changes, and the smallest change that changes it"))
    p.add_argument("--monte-carlo", type=int, metavar="N",
                   help=h("Monte Carlo with N samples: the probability of each direction "
                          "staying in the top 3"))
    p.add_argument("--sampler", choices=SAMPLERS,
                   help=h("bootstrap: resample the panel (default); dirichlet: vary the weights "
                          "around the group's"))
    p.add_argument("--concentration", type=float, metavar="C",
                   help=h("Dirichlet concentration (default 100: larger is less spread)"))
    p.add_argument("--score-noise", action="store_true",
                   help=h("also vary the scores by the experts' disagreement on each"))
    p.add_argument("--seed", type=int, metavar="S",
                   help=h("random seed of the Monte Carlo run (default 0: repeatable)"))


def _count(option: str, value: int | None, most: int, lang: str) -> None:
    if value is not None and not 1 <= value <= most:
        raise usage_error("cli.option_count", lang, option=option, value=value, most=most)


def check_options(args, lang: str) -> None:
    _count("--top", args.top, MAX_TOP, lang)
    _count("--monte-carlo", args.monte_carlo, MAX_SAMPLES, lang)
    if args.monte_carlo is None:
        for option, given in (("--sampler", args.sampler), ("--seed", args.seed),
                              ("--score-noise", args.score_noise or None),
                              ("--concentration", args.concentration)):
            if given is not None:
                raise usage_error("cli.option_needs", lang, option=option, needs="--monte-carlo")
    if args.seed is not None and args.seed < 0:
        raise usage_error("cli.option_seed", lang, option="--seed", value=args.seed)
    if args.concentration is not None:
        if args.sampler != "dirichlet":
            raise usage_error("cli.option_needs", lang, option="--concentration",
                              needs="--sampler dirichlet")
        if not (math.isfinite(args.concentration) and args.concentration > 0):
            raise usage_error("cli.option_positive", lang, option="--concentration",
                              value=args.concentration)


def monte_carlo_options(args):
    """The :class:`~mcdm.project.montecarlo.MonteCarloOptions` asked for (None: no run)."""
    if args.monte_carlo is None:
        return None
    from mcdm.project.montecarlo import MonteCarloOptions

    kw = {"n_samples": args.monte_carlo, "sampler": args.sampler or "bootstrap",
          "score_noise": bool(args.score_noise), "seed": args.seed or 0}
    if args.concentration is not None:
        kw["concentration"] = args.concentration
    return MonteCarloOptions(**kw)
