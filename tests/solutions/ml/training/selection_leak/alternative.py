import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    # The folds written out by hand: a fresh pipeline is fitted on each training part
    # and predicts only its held-out part.
    probabilities = np.empty(len(y), dtype=np.float64)
    for train, held_out in StratifiedKFold(n_splits=5).split(X, y):
        model = Pipeline(
            [
                ("scale", StandardScaler()),
                ("select", SelectKBest(f_classif, k=k)),
                ("classify", LogisticRegression(max_iter=1000)),
            ]
        )
        model.fit(X[train], y[train])
        probabilities[held_out] = model.predict_proba(X[held_out])[:, 1]
    return probabilities
