"""A challenge on a data set that scikit-learn ships cannot look its hidden labels up
in scikit-learn's own copy: that copy is absent from the challenge's sandbox."""

from __future__ import annotations

import textwrap

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool
from tests.conftest import CONTENT
from tests.security.conftest import require_sandbox

LOOKUP = """
    import numpy as np
    from sklearn.datasets import {loader}

    def fit_predict(X_train, y_train, X_test):
        X, y = {loader}(return_X_y=True{extra})
        return np.array([y[np.flatnonzero((X == row).all(axis=1))[0]] for row in X_test])
"""
CHALLENGES = [
    ("ml.classification.wine_challenge", "load_wine", ""),
    ("ml.classification.tumour_challenge", "load_breast_cancer", ""),
    ("ml.regression.diabetes_challenge", "load_diabetes", ", scaled=False"),
]


@pytest.mark.parametrize(("exercise_id", "loader", "extra"), CHALLENGES)
def test_looking_the_test_rows_up_in_the_bundled_data_set_fails(
    exercise_id: str, loader: str, extra: str, warm_pool: ZygotePool
) -> None:
    require_sandbox()
    exercise = load_catalog(content_root=CONTENT).get(exercise_id)
    source = textwrap.dedent(LOOKUP.format(loader=loader, extra=extra))
    verdict = LocalGrader(runner=warm_pool).grade(exercise, source, seed=3)
    assert not verdict.passed
    [case] = verdict.cases
    assert "FileNotFoundError" in case.message
    assert "cannot be read while a challenge runs" in case.message


def test_the_bundled_data_stays_readable_where_an_exercise_needs_it(
    warm_pool: ZygotePool,
) -> None:
    """A numeric exercise whose starter loads the diabetes set still runs from a zygote."""
    require_sandbox()
    exercise = load_catalog(content_root=CONTENT).get("math.optimization.max_stable_learning_rate")
    verdict = LocalGrader(runner=warm_pool).grade(exercise, exercise.solution_source(), seed=3)
    assert verdict.passed, verdict
