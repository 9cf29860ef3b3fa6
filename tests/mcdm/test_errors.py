from mcdm.errors import Location, MCDMError, Problem, ValidationFailed


def test_error_message_names_place_and_expectation():
    err = MCDMError(
        "matrix.diagonal",
        "diagonal entry is not 1",
        location=Location(row=2, column=2),
        expected="1",
    )
    assert isinstance(err, ValueError)
    assert "row 2, column 2" in str(err)
    assert "expected: 1" in str(err)
    assert err.as_problem().code == "matrix.diagonal"


def test_validation_failed_collects_every_problem():
    problems = [
        Problem("a", "first", Location(file="q.xlsx", sheet="P", cell="C4")),
        Problem("b", "second"),
    ]
    err = ValidationFailed(problems)
    assert err.problems == tuple(problems)
    assert "2 problem(s)" in str(err)
    assert "cell C4" in str(err)
    assert "1 more" in str(err)


def test_error_and_its_problem_read_the_same():
    err = MCDMError("x.y", "bad value", location=Location(path="$.a[0]"), expected="a number")
    assert str(err) == str(err.as_problem()) == "bad value [at path $.a[0]] (expected: a number)"
    assert str(Problem("x", "no place")) == "no place"
