import numpy as np
from sklearn.ensemble import RandomForestClassifier


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, groups_train: np.ndarray,
                X_test: np.ndarray) -> np.ndarray:
    """Train on the visits of known patients; score the visits of new patients.

    Returns one score per row of X_test (higher = more likely 1), e.g. probabilities.
    """
    # A random 5-fold cross-validation of this forest on the training rows gives a
    # ROC AUC of around 0.72. On new patients it does not clear the bar: find out why,
    # with a validation that matches the test, then fix the model.
    model = RandomForestClassifier(n_estimators=200, random_state=0, n_jobs=1)
    model.fit(X_train, y_train)
    return model.predict_proba(X_test)[:, 1]
