# expect: scaler is still fitted on all the rows
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    X_scaled = StandardScaler().fit_transform(X)
    model = make_pipeline(SelectKBest(f_classif, k=k), LogisticRegression(max_iter=1000))
    probabilities = cross_val_predict(
        model, X_scaled, y, cv=StratifiedKFold(n_splits=5), method="predict_proba"
    )
    return probabilities[:, 1]
