"""FourChains Decision Studio desktop app (PySide6) over the :mod:`mcdm` engine."""
