"""Visits of patients: four visit-level measurements carry the signal, in pairwise
interactions; forty patient-level attributes are constant within a patient (up to a
re-measurement error of 30% to 40% of their spread) and unrelated to the outcome.
They are many readings of one underlying trait of the patient (as age, years since
diagnosis and birth year are), so they rank the patients almost the same way: a few
columns let a tree recognise a training patient, and since each patient has their own
baseline risk, a flexible model on every column learns "patients around here are
often ill". For a new patient that lookup returns the baseline of strangers, which is
noise. The test rows come from new patients."""

import numpy as np

from mldojo.grading.casekit import Challenge

N_SIGNAL, N_PATIENT_LEVEL = 4, 40
TRAIN_PATIENTS, TEST_PATIENTS = 40, 200


def _patients(rng, n_patients, first_id, loadings, remeasured):
    visits = 1 + rng.geometric(0.01, size=n_patients)  # about 100 each
    patient = np.repeat(np.arange(n_patients), visits)
    n = len(patient)
    x = rng.normal(size=(n, N_SIGNAL))
    trait = rng.normal(size=(n_patients, 1))
    own = 0.1 * rng.normal(size=(n_patients, N_PATIENT_LEVEL))  # what sets a patient apart
    attributes = (trait * loadings + own)[patient]
    attributes += rng.normal(size=attributes.shape) * remeasured  # re-measured each visit
    baseline = rng.normal(0, 3.0, size=n_patients)[patient]
    risk = 2.5 * x[:, 0] * x[:, 1] + 2.5 * x[:, 2] * x[:, 3]
    y = (rng.random(n) < 1 / (1 + np.exp(-(risk + baseline - 1.0)))).astype(np.int64)
    return np.hstack([x, attributes]), y, patient + first_id


def challenge(rng):
    columns = rng.permutation(N_SIGNAL + N_PATIENT_LEVEL)  # the signal is not in front
    # Measurements in units of their own, some in the hundreds, some in hundredths; and
    # attributes re-measured with an error of their own at each visit.
    units = 10.0 ** rng.uniform(-1.5, 1.5, size=N_SIGNAL + N_PATIENT_LEVEL)
    signs = rng.choice([-1.0, 1.0], size=N_PATIENT_LEVEL)
    loadings = signs * rng.uniform(0.5, 1.5, size=N_PATIENT_LEVEL)  # how each reads the trait
    remeasured = np.abs(loadings) * rng.uniform(0.3, 0.4, size=N_PATIENT_LEVEL)
    X_train, y_train, groups = _patients(rng, TRAIN_PATIENTS, 1000, loadings, remeasured)
    X_test, y_test, test_patients = _patients(rng, TEST_PATIENTS, 5000, loadings, remeasured)
    order = rng.permutation(len(y_train))  # visits stored in no particular order
    # The interval resamples the 200 new patients, not their 20,000 visits: a patient's
    # visits share a baseline risk, so they are not independent evidence.
    return Challenge(
        args=(
            X_train[order][:, columns] * units,
            y_train[order],
            groups[order],
            X_test[:, columns] * units,
        ),
        labels=y_test,
        groups=test_patients,
    )


def diagnose(data, predictions):
    """Name memorisation when the scores of a new patient's visits move together.

    The patient-level columns barely change between a patient's visits, so each test
    visit's nearest neighbour on them is another visit of the same patient. A model
    that reads only what transfers gives two visits of one new patient unrelated
    scores (correlation near 0); one that keys on the patient-level columns gives
    them alike scores, because it maps the stranger onto training patients it knew.
    First, though, scores with only two values are hard 0/1 labels, which ROC AUC
    cannot rank: that is named before anything else.
    """
    from sklearn.neighbors import NearestNeighbors

    X_train, _, groups, X_test = data.args
    spread = np.array([X_train[groups == g].std(axis=0) for g in np.unique(groups)])
    patient_level = spread.mean(axis=0) < 0.5 * X_train.std(axis=0)
    scores = np.asarray(predictions, dtype=float)
    if len(np.unique(scores)) == 2:
        return (
            "your scores take only two values, as 0/1 labels do: ROC AUC ranks the test "
            "visits by score, and hard labels throw that ranking away (every 1 ties with "
            "every other 1). Return a score per visit, such as predict_proba(...)[:, 1]"
        )
    if np.ptp(scores) == 0:
        return (
            "every visit gets the same score, which ROC AUC scores 0.5: fit a model on the "
            "training visits and return its predict_proba(...)[:, 1] per test visit"
        )
    linear = _linear_in_columns(X_test, scores)
    if linear >= 0.99:
        return (
            "your scores are a straight function of the columns (a logistic "
            "regression's are, through the sigmoid): the outcome here depends on how "
            "pairs of visit measurements combine, which no single straight boundary "
            "reads. Give the model interactions (PolynomialFeatures(2) before the "
            "logistic regression) or use trees, on the columns that vary between visits"
        )
    direction = _agreement_with_visit_model(X_train, data.args[1], groups, X_test, scores)
    if direction <= -0.3:
        return (
            "your scores run the wrong way: they fall where a model of the visit "
            "measurements rises. Higher must mean more likely a complication: return "
            "predict_proba(...)[:, 1], the probability of class 1, not [:, 0]"
        )
    if not patient_level.any():
        return None
    neighbours = NearestNeighbors(n_neighbors=2).fit(X_test[:, patient_level])
    other_visit = neighbours.kneighbors(return_distance=False)[:, 0]
    alike = float(np.corrcoef(scores, scores[other_visit])[0, 1])
    if alike < 0.1:
        return None
    return (
        f"two visits of the same new patient get alike scores (correlation {alike:.2f}), "
        "so the model leans on the columns that stay constant within a patient: on the "
        "training rows they identify the patient, on new patients they mean nothing. "
        "Validate with GroupKFold by patient, not a random split, and keep the columns "
        "that vary between visits"
    )


def _linear_in_columns(X, scores):
    """R² of the scores, or of their logits, on a straight fit of the columns."""
    from sklearn.linear_model import LinearRegression

    best = 0.0
    forms = [scores]
    if scores.min() > 0 and scores.max() < 1:
        forms.append(np.log(scores / (1 - scores)))
    for form in forms:
        best = max(best, float(LinearRegression().fit(X, form).score(X, form)))
    return best


def _agreement_with_visit_model(X_train, y_train, groups, X_test, scores):
    """Rank correlation of the scores with a small model of the columns that vary
    between a patient's visits (fitted on the training rows; never a hidden label)."""
    from scipy.stats import spearmanr
    from sklearn.ensemble import HistGradientBoostingClassifier

    means = np.array([X_train[groups == g].mean(axis=0) for g in np.unique(groups)])
    keep = means.var(axis=0) < 0.5 * X_train.var(axis=0)
    if not keep.any():
        return 0.0
    model = HistGradientBoostingClassifier(max_iter=100, random_state=0)
    reference = model.fit(X_train[:, keep], y_train).predict_proba(X_test[:, keep])[:, 1]
    return float(spearmanr(reference, scores).statistic)
