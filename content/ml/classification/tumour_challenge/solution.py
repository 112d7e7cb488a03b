"""Scaling then a regularised logistic regression is hard to beat here: the classes are
close to linearly separable, and the 30 features differ in scale by four orders of
magnitude, which is why an unscaled logistic regression converges badly and a k-NN
without scaling is dominated by the area features. A pipeline keeps the scaler fitted
on the training rows only: fitting it on train and test together would leak.
"""

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000))
    model.fit(X_train, y_train)
    return model.predict(X_test)
