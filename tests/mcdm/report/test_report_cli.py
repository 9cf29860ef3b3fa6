"""``fourchains-cli report``."""

import docx

from mcdm.cli import main


def test_cli_writes_the_samples_report_in_the_asked_language(tmp_path, capsys):
    out = tmp_path / "report.docx"
    assert main(["report", "-o", str(out), "--lang", "en"]) == 0
    assert "wrote" in capsys.readouterr().out
    doc = docx.Document(out)
    assert any(p.text == "1 Method" for p in doc.paragraphs)


def test_cli_refuses_an_unknown_format_with_one_line_and_writes_nothing(tmp_path, capsys):
    assert main(["report", "-o", str(tmp_path / "r.txt"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: A report cannot be written as txt: use .docx or .pdf.")
    assert len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []
