"""Challenge exercises: the learner trains inside the sandbox and returns predictions;
the host scores them on labels that never entered the sandbox.

A pass needs the lower end of a bootstrap confidence interval of the score (the
upper end, for an error metric) to clear the threshold, so a lucky split does not
pass and an unlucky one is told how close it came.
"""

from __future__ import annotations

from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import ChallengeSpec, Metric
from mldojo.errors import ContentError
from mldojo.grading import codec
from mldojo.grading.casekit import Case, Challenge
from mldojo.grading.checks import load_module
from mldojo.grading.outcome import describe_error
from mldojo.grading.sandbox import bundled_data
from mldojo.grading.verdict import CaseResult

SCORE_CASE = "score on the hidden labels"


def load_challenge(exercise: Exercise, seed: int) -> Challenge:
    import numpy as np

    module = load_module(exercise)
    make = getattr(module, "challenge", None)
    if make is None:
        raise ContentError(
            f"{exercise.cases_path}: defines no challenge(rng) function; add one that "
            "returns a Challenge(args=..., labels=...)."
        )
    data = make(np.random.default_rng(seed))
    if not isinstance(data, Challenge):
        raise ContentError(f"{exercise.cases_path}: challenge(rng) must return a Challenge.")
    if data.groups is not None and len(data.groups) != len(data.labels):
        raise ContentError(
            f"{exercise.cases_path}: the Challenge's groups name {len(data.groups)} rows and "
            f"its labels {len(data.labels)}: give one group per test row."
        )
    return data


def as_case(data: Challenge) -> Case:
    return Case(SCORE_CASE, args=data.args, kwargs=data.kwargs)


def score(metric: Metric, labels: Any, predictions: Any) -> float:
    from sklearn import metrics as m

    if metric is Metric.ACCURACY:
        return float(m.accuracy_score(labels, predictions))
    if metric is Metric.BALANCED_ACCURACY:
        return float(m.balanced_accuracy_score(labels, predictions))
    if metric is Metric.F1:
        return float(m.f1_score(labels, predictions, zero_division=0))
    if metric is Metric.ROC_AUC:
        return float(m.roc_auc_score(labels, predictions))
    if metric is Metric.R2:
        return float(m.r2_score(labels, predictions))
    if metric is Metric.RMSE:
        return float(m.root_mean_squared_error(labels, predictions))
    return float(m.mean_absolute_error(labels, predictions))


def bootstrap_interval(
    spec: ChallengeSpec, labels: Any, predictions: Any, seed: int, groups: Any = None
) -> tuple[float, float]:
    """A percentile bootstrap interval of the score, resampling test rows, or whole
    clusters of them where `groups` says which rows belong together."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = len(labels)
    if groups is None:
        clusters = None
    else:
        _, cluster_of = np.unique(np.asarray(groups), return_inverse=True)
        order = np.argsort(cluster_of, kind="stable")
        clusters = np.split(order, np.cumsum(np.bincount(cluster_of))[:-1])
    scores = []
    for _ in range(spec.resamples):
        if clusters is None:
            rows = rng.integers(0, n, size=n)
        else:
            rows = np.concatenate(
                [clusters[i] for i in rng.integers(0, len(clusters), size=len(clusters))]
            )
        try:
            scores.append(score(spec.metric, labels[rows], predictions[rows]))
        except ValueError:
            continue  # e.g. a resample with one class only, for ROC AUC
    tail = (1 - spec.confidence) / 2 * 100
    low, high = np.percentile(scores, [tail, 100 - tail])
    return float(low), float(high)


def _shape_problem(wanted: tuple[int, ...], predictions: Any) -> str:
    said = f"expected predictions of shape {wanted}, got {predictions.shape}"
    if predictions.ndim == 2 and predictions.shape[0] == wanted[0] and predictions.shape[1] > 1:
        # predict_proba, decision_function or one-hot output: a column per class
        return (
            f"{said}, a column per class: return one value per row, model.predict(X_test), "
            "or the positive class's column, model.predict_proba(X_test)[:, 1], where a "
            "score is asked for"
        )
    if predictions.size == wanted[0]:
        return f"{said}: flatten it to one value per row, with .ravel()"
    return said


def judge_challenge(
    exercise: Exercise, data: Challenge, got: dict[str, Any], seed: int
) -> list[CaseResult]:
    import numpy as np

    spec = exercise.meta.challenge
    assert spec is not None  # the catalog guarantees a [challenge] table
    labels = np.asarray(data.labels)
    if not got["ok"]:
        error = got["error"]
        if any(str(folder) in str(error["message"]) for folder in bundled_data()):
            message = (
                f"raised {error['type']}: {error['message']} while training or predicting; "
                "the data sets that packages ship cannot be read while a challenge runs, "
                "since they hold the hidden labels: train on the data your function is given"
            )
        else:
            message = describe_error(error, exercise, "while training or predicting")
        return [CaseResult(SCORE_CASE, False, message)]
    try:
        returned = codec.decode(got["value"])
        predictions = np.asarray(returned)
    except (codec.CodecError, TypeError, ValueError):
        return [CaseResult(SCORE_CASE, False, "the predictions that came back are malformed")]
    shape = CaseResult(
        "one prediction per test row",
        predictions.shape == labels.shape,
        "" if predictions.shape == labels.shape else _shape_problem(labels.shape, predictions),
    )
    if not shape.passed:
        return [shape]
    if predictions.dtype.kind not in "biuf" or (
        predictions.dtype.kind == "f" and not np.all(np.isfinite(predictions))
    ):
        return [
            shape,
            CaseResult(SCORE_CASE, False, "predictions must be finite numbers (no NaN or inf)"),
        ]
    if spec.metric.compares_labels and np.any(predictions != np.round(predictions)):
        return [
            shape,
            CaseResult(
                SCORE_CASE,
                False,
                f"{spec.metric.value.replace('_', ' ')} compares predicted classes with the "
                "true ones, and these predictions are fractions (probabilities or scores): "
                "return one class per test row, as model.predict(X_test) gives",
            ),
        ]
    refused = exercise_refusal(exercise, data, returned)
    if refused:
        return [shape, CaseResult(SCORE_CASE, False, refused)]
    try:
        value = score(spec.metric, labels, predictions)
        low, high = bootstrap_interval(spec, labels, predictions, seed, data.groups)
    except ValueError as exc:
        return [shape, CaseResult(SCORE_CASE, False, f"the predictions cannot be scored: {exc}")]
    level = f"{spec.confidence:.0%}"
    band = f"{spec.metric.value} {_show(value)} ({level} interval {_show(low)} to {_show(high)})"
    if spec.metric is Metric.R2:
        band += " (predicting the mean scores 0)"
    if spec.metric.higher_is_better:
        passed = low >= spec.threshold
        verdict = (
            f"the lower end {low:.3f} clears {spec.threshold:g}"
            if passed
            else f"the lower end {low:.3f} is below {spec.threshold:g}: the score must clear "
            "it with room to spare, not only on this split"
        )
    else:
        passed = high <= spec.threshold
        verdict = (
            f"the upper end {high:.3f} is within {spec.threshold:g}"
            if passed
            else f"the upper end {high:.3f} is above {spec.threshold:g}: the error must stay "
            "under it with room to spare, not only on this split"
        )
    if not passed:
        verdict += diagnosis(exercise, data, predictions)
    return [shape, CaseResult(SCORE_CASE, passed, f"{band}: {verdict}")]


def exercise_refusal(exercise: Exercise, data: Challenge, returned: Any) -> str | None:
    """What the exercise's `check_predictions(challenge, predictions)` in cases.py says
    about predictions that are about to be scored: the value as the function returned it
    (a list stays a list), refused in the exercise's words where it is not the type or
    dtype the statement asks for, since a score alone cannot tell."""
    check = getattr(load_module(exercise), "check_predictions", None)
    if check is None:
        return None
    try:
        refused = check(data, returned)
    except Exception as exc:
        raise ContentError(
            f"{exercise.cases_path}: check_predictions(challenge, predictions) raised "
            f"{type(exc).__name__}: {exc}; fix the exercise's checks."
        ) from None
    return str(refused) if refused else None


def diagnosis(exercise: Exercise, data: Challenge, predictions: Any) -> str:
    """What the exercise's `diagnose(challenge, predictions)` in cases.py says about a
    failing submission: the likely mistake, in words that never reveal a label."""
    diagnose = getattr(load_module(exercise), "diagnose", None)
    if diagnose is None:
        return ""
    try:
        hint = diagnose(data, predictions)
    except Exception as exc:
        raise ContentError(
            f"{exercise.cases_path}: diagnose(challenge, predictions) raised "
            f"{type(exc).__name__}: {exc}; fix the exercise's checks."
        ) from None
    return f"; {hint}" if hint else ""


def _show(value: float) -> str:
    return f"{value:.3f}" if abs(value) < 1000 else f"{value:.3g}"
