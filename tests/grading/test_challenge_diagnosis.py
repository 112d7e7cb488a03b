"""A challenge's `diagnose(challenge, predictions)` names the mistake behind a failing score."""

from __future__ import annotations

from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.errors import ContentError
from mldojo.grading.local import LocalGrader
from tests.conftest import copy_exercises

TUMOUR = "ml.classification.tumour_challenge"

# Says which class a constant submission predicted; nothing in it depends on the labels.
DIAGNOSE = """

def diagnose(data, predictions):
    values = set(predictions.tolist())
    if len(values) == 1:
        return f"every row got the same prediction ({values.pop()}): train a model"
    return None
"""


def tumour(tmp_path: Path, extra: str) -> Exercise:
    root = copy_exercises(tmp_path / "content", TUMOUR)
    cases = root / "ml" / "classification" / "tumour_challenge" / "cases.py"
    cases.write_text(cases.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return load_catalog(content_root=root).get(TUMOUR)


def test_a_failing_score_gets_the_exercise_diagnosis(tmp_path: Path) -> None:
    exercise = tumour(tmp_path, DIAGNOSE)
    verdict = LocalGrader().grade(exercise, exercise.starter(), seed=3)
    assert not verdict.passed
    message = verdict.cases[-1].message
    assert "is below 0.86" in message
    assert message.endswith("every row got the same prediction (1): train a model")


def test_a_passing_score_is_not_diagnosed(tmp_path: Path) -> None:
    exercise = tumour(tmp_path, DIAGNOSE.replace("len(values) == 1", "True"))
    verdict = LocalGrader().grade(exercise, exercise.solution_source(), seed=3)
    assert verdict.passed
    assert "same prediction" not in verdict.cases[-1].message


def test_a_broken_diagnose_is_the_exercise_fault(tmp_path: Path) -> None:
    exercise = tumour(tmp_path, "\n\ndef diagnose(data, predictions):\n    return 1 / 0\n")
    with pytest.raises(ContentError, match=r"diagnose\(challenge, predictions\) raised"):
        LocalGrader().grade(exercise, exercise.starter(), seed=3)


# Refuses what is not an int array, and says what came back; never reads a label.
CHECK_PREDICTIONS = """

def check_predictions(data, predictions):
    return None if isinstance(predictions, np.ndarray) else type(predictions).__name__
"""


def test_predictions_the_exercise_refuses_fail_with_its_words(tmp_path: Path) -> None:
    exercise = tumour(tmp_path, CHECK_PREDICTIONS)
    listed = exercise.solution_source().replace(
        "return model.predict(X_test)", "return model.predict(X_test).tolist()"
    )
    verdict = LocalGrader().grade(exercise, listed, seed=3)
    assert not verdict.passed
    assert verdict.cases[-1].message == "list"  # the value as returned, not as an array


def test_predictions_the_exercise_accepts_are_scored(tmp_path: Path) -> None:
    exercise = tumour(tmp_path, CHECK_PREDICTIONS)
    verdict = LocalGrader().grade(exercise, exercise.solution_source(), seed=3)
    assert verdict.passed


def test_a_broken_check_predictions_is_the_exercise_fault(tmp_path: Path) -> None:
    exercise = tumour(tmp_path, "\n\ndef check_predictions(data, predictions):\n    return 1 / 0\n")
    with pytest.raises(ContentError, match=r"check_predictions\(challenge, predictions\) raised"):
        LocalGrader().grade(exercise, exercise.solution_source(), seed=3)
