"""The GUI's charts: one matplotlib canvas per chart (:mod:`desktop.charts.canvas`) drawing the
report's figure functions (:mod:`mcdm.figures`)."""
