import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    # No class weights: keep the plain model and move the threshold down to the fraud
    # rate of the training rows instead of 0.5.
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(X_train, y_train)
    threshold = y_train.mean()
    return (model.predict_proba(X_test)[:, 1] > threshold).astype(np.int64)
