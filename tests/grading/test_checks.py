"""The comparison a `cases.py` gets from `with_diagnosis`: the default's words, then the
exercise's guess at the mistake, which explains wrong values only."""

from __future__ import annotations

from typing import Any

import numpy as np

from mldojo.grading.casekit import Case
from mldojo.grading.checks import TYPE_ONLY_HIDDEN, type_only, with_diagnosis

GUESS = "k is the fewest components: compare with exactly that slack"


def diagnose(case: Case, expected: Any, got: Any) -> str:
    return GUESS


compare = with_diagnosis(diagnose)


def test_a_numpy_int_where_a_python_int_is_expected_gets_the_type_message_alone() -> None:
    message = compare(Case("k"), (3, np.array([0.5, 0.5])), (np.int64(3), np.array([0.5, 0.5])))
    assert message is not None
    assert "Python int 3" in message and "int64" in message
    assert GUESS not in message


def test_an_int_where_a_float_is_expected_gets_the_type_message_alone() -> None:
    message = compare(Case("lr"), 2.0, 2)
    assert message is not None and "return a float" in message and GUESS not in message


def test_a_wrong_value_still_gets_the_diagnosis() -> None:
    message = compare(Case("k"), (3, np.array([0.5, 0.5])), (2, np.array([0.5, 0.5])))
    assert message is not None and message.endswith(GUESS)


def test_a_wrong_value_of_the_wrong_type_still_gets_the_diagnosis() -> None:
    message = compare(Case("k"), 3, np.int64(2))
    assert message is not None and message.endswith(GUESS)


def test_a_diagnosis_that_speaks_of_the_type_is_kept() -> None:
    def about_the_type(case: Case, expected: Any, got: Any) -> str | None:
        if isinstance(got, int):
            return "p is the int 1 when min(1, x) caps it: write min(1.0, x)"
        return None

    message = with_diagnosis(about_the_type)(Case("p"), 1.0, 1)
    assert message is not None and message.endswith("write min(1.0, x)")
    assert with_diagnosis(about_the_type)(Case("p", hidden=True), 1.0, 1) == (
        "p is the int 1 when min(1, x) caps it: write min(1.0, x)"
    )


def test_a_diagnosis_that_fails_on_the_right_answer_is_kept() -> None:
    def only_for_wrong_values(case: Case, expected: Any, got: Any) -> str:
        assert got is not expected and isinstance(got, np.integer)
        return "k is a NumPy integer here: searchsorted returns one"

    message = with_diagnosis(only_for_wrong_values)(Case("k"), 3, np.int64(3))
    assert message is not None and message.endswith("searchsorted returns one")


def test_a_hidden_case_keeps_its_values_back_when_only_the_type_differs() -> None:
    message = compare(Case("k", hidden=True), 3, np.int64(3))
    assert message == TYPE_ONLY_HIDDEN
    assert "3" not in message


def test_a_case_that_does_not_check_types_is_never_type_only() -> None:
    case = Case("k", check_dtype=False)
    assert not type_only(case, 3, np.int64(4))
    assert compare(case, 3, np.int64(3)) is None


def test_an_array_of_another_dtype_keeps_the_diagnosis() -> None:
    # An exercise's diagnosis often says why a dtype matters (float32 on a GPU).
    assert not type_only(Case("a"), np.arange(3), np.arange(3, dtype=np.float64))
    message = compare(Case("a"), np.arange(3), np.arange(3, dtype=np.float64))
    assert message is not None and message.endswith(GUESS)


def test_a_numpy_int_inside_a_dict_beside_an_array_of_the_right_dtype_is_type_only() -> None:
    expected = {"k": 2, "ratios": np.array([0.75, 0.25])}
    assert type_only(Case("d"), expected, {"k": np.int64(2), "ratios": np.array([0.75, 0.25])})
    assert not type_only(
        Case("d"), expected, {"k": np.int64(2), "ratios": np.array([0.75, 0.25], np.float32)}
    )
