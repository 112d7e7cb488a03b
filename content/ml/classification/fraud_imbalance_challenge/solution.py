"""Balanced accuracy treats the two classes as equally important, so the model must too.
`class_weight="balanced"` weights each fraud row by n / (2 * n_fraud), about 10 here,
and each legitimate row by about 0.53: the loss then counts the 150 frauds as much as
the 2,850 legitimate rows, and the fitted boundary moves toward the legitimate class.
Scaling first matters because the penalty of the logistic regression treats every
coefficient alike, and the columns differ in scale by four orders of magnitude.

An equivalent route is to keep the unweighted model and lower the decision threshold:
predict fraud when the predicted probability exceeds the fraud rate (about 0.05)
rather than 0.5. Either way, what changes is the trade-off, not the model's ranking
of transactions: that is why the default model fails the bar (it catches about 40% of
the fraud) while the reweighted one, with the same features, passes. Oversampling the
minority class with copies does the same job more expensively. A flexible model
(a boosted ensemble) with default settings overfits 150 positive rows and does worse
than the linear model here unless it is tuned.
"""

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    model = make_pipeline(
        StandardScaler(), LogisticRegression(class_weight="balanced", max_iter=1000)
    )
    model.fit(X_train, y_train)
    return model.predict(X_test)
