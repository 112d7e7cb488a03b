import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    """Out-of-fold P(y = 1) for: standardise, keep the k best features (ANOVA F),
    logistic regression; 5 stratified folds.

    Reviewers report that the AUC of these probabilities is about 0.85 even when the
    labels are shuffled at random. Find out why and fix it.
    """
    X_scaled = StandardScaler().fit_transform(X)
    X_best = SelectKBest(f_classif, k=k).fit_transform(X_scaled, y)
    model = LogisticRegression()
    probabilities = cross_val_predict(
        model, X_best, y, cv=StratifiedKFold(n_splits=5), method="predict_proba"
    )
    return probabilities[:, 1]
