"""`same()` finds the first difference and says what it is."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same, short


def test_equal_values_pass() -> None:
    assert same({"a": [1, (2.0, "x")]}, {"a": [1, (2.0, "x")]}) is None
    assert same(np.array([1.0, np.nan]), np.array([1.0, np.nan])) is None
    assert same(0.1 + 0.2, 0.3) is None


def test_nan_never_passes_by_accident() -> None:
    assert same(1.0, math.nan) is not None
    assert same(np.array([1.0, 2.0]), np.array([1.0, np.nan])) is not None


def test_float_arrays_are_judged_by_np_isclose_s_rule() -> None:
    rng = np.random.default_rng(0)
    expected = rng.normal(size=200)
    for scale in (1e-9, 1e-8, 1e-7, 1e-6):  # around the default tolerance
        got = expected * (1 + scale * rng.normal(size=200))
        agrees = bool(np.isclose(got, expected, rtol=1e-7, atol=1e-9).all())
        assert (same(expected, got) is None) == agrees
    special = np.array([np.inf, -np.inf, np.nan, 1.0])
    assert same(special, special.copy()) is None
    assert same(special, np.array([np.inf, np.inf, np.nan, 1.0])) is not None
    assert same(np.array([1.0, 2.0]), np.array([1.0, np.inf])) is not None


def test_messages_name_the_first_difference() -> None:
    assert same([1, 2], [1, 3]) == "expected 2 at [1], got 3"
    assert same({"a": 1}, {"b": 1}) == "key 'a' is missing"
    assert same((1,), [1]).startswith("expected a tuple")  # type: ignore[union-attr]
    assert same(np.zeros((2, 3)), np.zeros((3, 2))) == "expected shape (2, 3), got shape (3, 2)"
    assert "dtype" in str(same(np.zeros(2), np.zeros(2, dtype=np.float32)))
    assert same(np.zeros(2), np.zeros(2, dtype=np.float32), check_dtype=False) is None
    message = str(same(np.array([[1.0, 2.0]]), np.array([[1.0, 2.5]])))
    assert message.startswith("1 of 2 values differ; the first at [0, 1]: expected 2.0, got 2.5")
    assert same(3, 3.0) == "expected the int 3, got the float 3.0"
    assert same(20, 19) == "expected 20, got 19"


def test_an_int_where_a_float_is_stated_fails_and_numpy_scalars_are_not_python_ints() -> None:
    assert "return a float (0.0, not 0)" in str(same(0.0, 0))
    assert "return a float (1.0, not 1)" in str(same(1.0, np.int64(1)))
    assert "return a float" in str(same([0.5, 0.0], [0.5, np.int64(0)]))
    assert same(0.5, np.float64(0.5)) is None  # a NumPy float64 is a float
    assert same(0.5, np.float32(0.5)) is None  # within tolerance: a float all the same
    assert "int(...) or .item()" in str(same(3, np.int64(3)))
    assert same(3, np.int64(3), check_dtype=False) is None
    assert same(0.0, 0, check_dtype=False) is None


def test_a_right_value_of_numpy_s_type_is_named_as_such() -> None:
    """Not "expected True, got True": the message says which type to convert to."""
    assert "convert it with bool(...)" in str(same(True, np.True_))
    assert "convert it with str(...)" in str(same("a", np.str_("a")))
    assert same(True, np.False_) == "expected True, got False"
    assert same(True, np.True_, check_dtype=False) is None


def test_frames_are_compared_whole() -> None:
    frame = pd.DataFrame({"a": [1.0, 2.0]}, index=[3, 4])
    assert same(frame, frame.copy()) is None
    assert same(frame, frame.reset_index(drop=True)) is not None
    assert "DataFrame" in str(same(frame, frame["a"]))


def test_short_prints_numpy_values_readably() -> None:
    assert short(np.float64(0.5)) == "0.5"
    assert short(np.arange(3)) == "array([0, 1, 2], shape=(3,), dtype=int64)"
    assert len(short("x" * 500)) == 80


def test_short_names_a_frame_by_its_shape_and_columns_not_a_run_of_cells() -> None:
    import pandas as pd

    frame = pd.DataFrame({"run": ["r1"] * 12, "epoch": range(12), "value": [1.5] * 12})
    assert short(frame) == "DataFrame(12 rows × 3 columns: run, epoch, value)"
    assert short(frame["value"]) == "Series 'value'(12 values, float64: 1.5, 1.5, 1.5, ...)"
    assert short(pd.Series([1, 2])) == "Series(2 values, int64: 1, 2)"
    call = Case("c", (frame, "acc")).describe_call("metrics_table")
    assert call == "metrics_table(DataFrame(12 rows × 3 columns: run, epoch, value), 'acc')"
