"""The illustrative sample workshop, installed as the package ``fourchains_samples``."""
