"""The test patients are new, so the model may only use what transfers from one
patient to another. A grouped check makes that visible: for each column, compare
its spread within a patient with its spread overall. The 40 patient-level
columns move little between a patient's visits (ratio about 0.3 to 0.4, against
about 1 for the visit-level ones): on the training rows they identify the
patient, and since each patient has their own baseline risk, a flexible model learns "this patient is often ill", which is
worth nothing for a stranger. Here they are also many readings of one trait, so
a few columns are enough to tell the patients apart, and a new patient is
scored with the risk of whichever training patients share their trait value.
The 4 visit-level columns carry the signal, through interactions between
pairs of them, so a regularised gradient-boosted model on them alone does best.

GroupKFold by patient confirms the choice where a random split gets it
backwards: a random 5-fold split of the training rows scores the starter's
forest on every column about 0.72 ROC AUC and the same boosted model on every
column about 0.84, ahead of the boosted model on the visit-level columns (about
0.8); grouped by patient the forest drops to about 0.54, boosting on every
column to about 0.73, and the visit-level model comes first at about 0.82. On
the new patients they score about 0.5, 0.65 and 0.78. The ratio compares
spreads in the same units (a standard deviation with a standard deviation), so
it does not depend on each column's units.

A common wrong approach is to trust random k-fold: it puts each patient's visits
on both sides of the split, rewards memorisation and picks the wrong model here.
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
