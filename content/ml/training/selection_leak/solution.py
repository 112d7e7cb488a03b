"""Feature selection is part of the model. `SelectKBest` looked at every row's label
before the folds were drawn, so each validation fold had already helped choose the
features it was scored on: with 1,000 noise features and 100 rows, the 10 that best
separate the labels by chance separate them in every fold too. Putting the scaler, the
selector and the classifier in one `Pipeline` and cross-validating the pipeline refits
all three on the training folds only, so the validation rows are truly unseen. The
rule: anything that is fitted (`fit`, `fit_transform`) belongs inside the pipeline.

A half fix leaves `StandardScaler().fit_transform(X)` outside. That leak is small (the
means and spreads of all rows, not the labels), but it is still a leak, and it changes
every probability a little. Shuffling the labels, as the reviewer did, is the quick
test for this whole family of bugs: an honest pipeline scores chance on them.
"""

import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    model = make_pipeline(
        StandardScaler(), SelectKBest(f_classif, k=k), LogisticRegression()
    )
    probabilities = cross_val_predict(
        model, X, y, cv=StratifiedKFold(n_splits=5), method="predict_proba"
    )
    return probabilities[:, 1]
