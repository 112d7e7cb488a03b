"""The test patients are new, so the model may only use what transfers from one
patient to another. A grouped check makes that visible: for each column, compare
its spread within a patient with its spread overall. The 40 patient-level
columns barely move between a patient's visits (ratio 0.35 at most): on the
training rows they identify the patient, and since each patient has their own
baseline risk, a flexible model learns "this patient is often ill", which is
worth nothing for a stranger. The 4 visit-level columns carry the signal, with
non-linear effects, so a regularised gradient-boosted model on them alone does
best. GroupKFold by patient confirms the choice: a random forest on every column
scores about 0.82 ROC AUC in a random 5-fold split of the training rows but
about 0.68 grouped by patient, close to what it scores on the new patients; the
boosted model on the visit-level columns scores about 0.75 both ways. The ratio
compares spreads in the same units (a standard deviation with a standard
deviation), so it does not depend on each column's units.

A common wrong approach is to trust random k-fold: it puts each patient's visits
on both sides of the split, rewards memorisation and picks the worst model here.
Another is to add more capacity (deeper trees, more rounds), which memorises the
patients better still.
"""

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, groups_train: np.ndarray,
                X_test: np.ndarray) -> np.ndarray:
    within = pd.DataFrame(X_train).groupby(groups_train).std().mean()
    varies = (within / X_train.std(axis=0)).to_numpy() > 0.5  # visit-level columns
    model = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=200,
                                           min_samples_leaf=40, random_state=0)
    model.fit(X_train[:, varies], y_train)
    return model.predict_proba(X_test[:, varies])[:, 1]
