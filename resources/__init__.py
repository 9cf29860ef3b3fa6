"""Data files of FourChains Decision Studio (templates, translations, icons).

Installed as the package ``fourchains_resources``; look files up with
``importlib.resources.files("fourchains_resources")`` (see :mod:`mcdm.resources`).
"""
