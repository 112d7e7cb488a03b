"""The usual meaning of a learner's exception: real errors from the real libraries, as
the driver reports them, get the advice meant for them, and others get none."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest
import torch
from sklearn.linear_model import LogisticRegression

from mldojo.grading.driver import _error
from mldojo.grading.error_advice import advice_for


def reported(action: Callable[[], Any]) -> dict[str, Any]:
    """The error `action` raises, as the driver reports it from a learner's process."""
    try:
        action()
    except Exception as exc:  # any error is what is reported
        return _error(exc, "submission.py")
    raise AssertionError("the action raised nothing")


def backward_twice() -> None:
    w = torch.ones(3, requires_grad=True)
    loss = (w * w).exp().sum()
    loss.backward()
    loss.backward()


def step_a_leaf_in_place() -> None:
    w = torch.ones(3, requires_grad=True)
    w -= 0.1


def unpack_three() -> None:
    a, b = (1, 2, 3)  # noqa: F841 - the error is the point


def call_with_one(f: Callable[[int, int], None] = lambda a, b: None) -> None:
    f(1)  # type: ignore[call-arg]


def recurse() -> None:
    recurse()


DB = sqlite3.connect(":memory:")
NOTHING: Any = None  # what a function without `return` gives
ADVISED: list[tuple[str, Callable[[], Any], str]] = [
    ("numpy broadcast", lambda: np.ones((4, 2)) + np.ones(4), "v[:, None]"),
    ("torch broadcast", lambda: torch.ones(4, 2) + torch.ones(4), "v[:, None]"),
    ("np.dot shapes", lambda: np.dot(np.ones((3, 4)), np.ones((3, 4))), "transpose"),
    ("matmul shapes", lambda: np.ones((3, 4)) @ np.ones((3, 4)), "transpose"),
    ("linear layer", lambda: torch.nn.Linear(5, 2)(torch.ones(3, 4)), "in_features"),
    (
        "float64 into a float32 layer",
        lambda: torch.nn.Linear(3, 2)(torch.ones(2, 3, dtype=torch.float64)),
        "dtype=torch.float32",
    ),
    (
        "float targets",
        lambda: torch.nn.functional.cross_entropy(torch.ones(3, 2), torch.ones(3)),
        "y.long()",
    ),
    (
        "a class past the outputs",
        lambda: torch.nn.functional.cross_entropy(torch.ones(3, 2), torch.tensor([0, 1, 2])),
        "labels start at 0",
    ),
    ("from_numpy of a tensor", lambda: torch.from_numpy(torch.ones(2)), "torch.as_tensor"),
    ("backward of a constant", lambda: torch.ones(3).sum().backward(), "requires_grad=True"),
    ("backward twice", backward_twice, "a new forward pass"),
    ("leaf in place", step_a_leaf_in_place, "torch.no_grad()"),
    ("mean of integers", lambda: torch.tensor([1, 2]).mean(), "t.float()"),
    ("item of many", lambda: torch.ones(3).item(), "reduce it first"),
    ("numpy reshape", lambda: np.ones(6).reshape(4, 2), "-1"),
    ("torch view", lambda: torch.ones(2, 3).view(3, 3), "-1"),
    ("too many indices", lambda: np.ones(3)[0, 0], "fewer axes"),
    ("past the end of an axis", lambda: np.ones(4)[4], "off-by-one"),
    ("past the end of a list", lambda: [1][1], "off-by-one"),
    ("labels used as positions", lambda: np.ones(3)[np.array([0, 7])], "return_inverse"),
    ("a huge power", lambda: 2.0**5000, "logarithms"),
    ("a singular matrix", lambda: np.linalg.inv(np.ones((2, 2))), "lstsq"),
    ("division by zero", lambda: 1 / 0, "empty input"),
    ("None subscripted", lambda: NOTHING[0], "without `return`"),
    ("None's attribute", lambda: NOTHING.shape, "without `return`"),
    ("ndarray append", lambda: np.ones(3).append(1), "in a list"),  # type: ignore[attr-defined]
    ("frame attribute", lambda: pd.DataFrame({"a": [1]}).b, "df.columns"),
    ("frame column", lambda: pd.DataFrame({"a": [1]})["b"], "df.columns"),
    ("dict key", lambda: {}["a"], "d.get(key, default)"),
    ("unhashable key", lambda: {[1]: 2}, "tuple(x)"),
    ("array in an if", lambda: bool(np.ones(3)), ".any() or .all()"),
    ("series in an if", lambda: bool(pd.Series([1, 2])), ".any() or .all()"),
    ("tensor in an if", lambda: bool(torch.ones(3)), ".any() or .all()"),
    ("ragged rows", lambda: np.array([[1, 2], [3]], dtype=float), "same length"),
    ("unpacking", unpack_three, "differ in number"),
    ("a missing argument", call_with_one, "signatures"),
    ("endless recursion", recurse, "without end"),
    ("SQL column", lambda: DB.execute("select nope from sqlite_master"), "schema"),
    ("SQL table", lambda: DB.execute("select * from nope"), "table names"),
    (
        "NaN into an estimator",
        lambda: LogisticRegression().fit(np.array([[np.nan], [1.0]]), [0, 1]),
        "what the statement says",
    ),
    (
        "text into an estimator",
        lambda: LogisticRegression().fit(np.array([["a"], ["b"]]), [0, 1]),
        "OneHotEncoder",
    ),
]


@pytest.mark.parametrize(
    ("action", "phrase"), [(a, p) for _, a, p in ADVISED], ids=[n for n, _, _ in ADVISED]
)
def test_a_usual_error_gets_its_advice(action: Callable[[], Any], phrase: str) -> None:
    advice = advice_for(reported(action))
    assert advice is not None and phrase in advice


def test_a_missing_import_names_the_line_to_add() -> None:
    assert advice_for(reported(lambda: eval("np.zeros(3)", {}))) == (
        "add `import numpy as np` at the top of your file"
    )
    refused = advice_for(reported(lambda: eval("np.zeros(3)", {})), without=["numpy"])
    assert refused == "this exercise is to be written without numpy: write it in plain Python"
    other = advice_for(reported(lambda: eval("undefined_name", {})))
    assert other is not None and "check its spelling" in other


@pytest.mark.parametrize(
    "action",
    [
        lambda: (_ for _ in ()).throw(ValueError("x must be positive")),
        lambda: int("12a"),
        lambda: float("abc"),  # parsing text, where a ValueError may be the point
        lambda: torch.ones(2, 3).t().view(6),  # torch's own message already says what to do
    ],
)
def test_an_error_without_one_usual_meaning_gets_none(action: Callable[[], Any]) -> None:
    assert advice_for(reported(action)) is None


def test_a_subclass_gets_its_base_class_advice() -> None:
    class EmptyBatch(ZeroDivisionError):
        pass

    def raise_it() -> None:
        raise EmptyBatch("no rows")

    advice = advice_for(reported(raise_it))
    assert advice is not None and "divided by zero" in advice
