"""Visits of patients: a few visit-level measurements carry the signal; many
patient-level attributes are constant within a patient and unrelated to the
outcome, but let a flexible model recognise the patients it was trained on (each
patient has their own baseline risk). The test rows come from new patients."""

import numpy as np

from mldojo.grading.casekit import Challenge

N_SIGNAL, N_PATIENT_LEVEL = 4, 40
TRAIN_PATIENTS, TEST_PATIENTS = 200, 300


def _patients(rng, n_patients, first_id, remeasured):
    visits = 1 + rng.geometric(0.05, size=n_patients)
    patient = np.repeat(np.arange(n_patients), visits)
    n = len(patient)
    x = rng.normal(size=(n, N_SIGNAL))
    attributes = rng.normal(size=(n_patients, N_PATIENT_LEVEL))[patient]
    attributes += rng.normal(size=attributes.shape) * remeasured  # re-measured each visit
    baseline = rng.normal(0, 2.0, size=n_patients)[patient]
    risk = 1.5 * np.sin(2 * x[:, 0]) + (x[:, 1] ** 2 - 1) + 1.2 * x[:, 2] * x[:, 3]
    y = (rng.random(n) < 1 / (1 + np.exp(-(risk + baseline - 1.0)))).astype(np.int64)
    return np.hstack([x, attributes]), y, patient + first_id


def challenge(rng):
    columns = rng.permutation(N_SIGNAL + N_PATIENT_LEVEL)  # the signal is not in front
    # Measurements in units of their own, some in the hundreds, some in hundredths; and
    # attributes re-measured with an error of their own at each visit.
    units = 10.0 ** rng.uniform(-1.5, 1.5, size=N_SIGNAL + N_PATIENT_LEVEL)
    remeasured = rng.uniform(0.05, 0.35, size=N_PATIENT_LEVEL)
    X_train, y_train, groups = _patients(rng, TRAIN_PATIENTS, 1000, remeasured)
    X_test, y_test, _ = _patients(rng, TEST_PATIENTS, 5000, remeasured)
    order = rng.permutation(len(y_train))  # visits stored in no particular order
    return Challenge(args=(X_train[order][:, columns] * units, y_train[order], groups[order],
                           X_test[:, columns] * units), labels=y_test)


def diagnose(data, predictions):
    """Name memorisation when the scores of a new patient's visits move together.

    The patient-level columns barely change between a patient's visits, so each test
    visit's nearest neighbour on them is another visit of the same patient. A model
    that reads only what transfers gives two visits of one new patient unrelated
    scores (correlation near 0); one that keys on the patient-level columns gives
    them alike scores, because it maps the stranger onto training patients it knew.
    """
    from sklearn.neighbors import NearestNeighbors

    X_train, _, groups, X_test = data.args
    spread = np.array([X_train[groups == g].std(axis=0) for g in np.unique(groups)])
    patient_level = spread.mean(axis=0) < 0.5 * X_train.std(axis=0)
    scores = np.asarray(predictions, dtype=float)
    if not patient_level.any() or np.ptp(scores) == 0:
        return None
    neighbours = NearestNeighbors(n_neighbors=2).fit(X_test[:, patient_level])
    other_visit = neighbours.kneighbors(return_distance=False)[:, 0]
    alike = float(np.corrcoef(scores, scores[other_visit])[0, 1])
    if alike < 0.1:
        return None
    return (f"two visits of the same new patient get alike scores (correlation {alike:.2f}), "
            "so the model leans on the columns that stay constant within a patient: on the "
            "training rows they identify the patient, on new patients they mean nothing. "
            "Validate with GroupKFold by patient, not a random split, and keep the columns "
            "that vary between visits")
