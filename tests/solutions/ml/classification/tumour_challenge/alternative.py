import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


def fit_predict(X_train, y_train, X_test):
    # A kernel SVM on standardised columns instead of a logistic regression.
    model = Pipeline([("scale", StandardScaler()), ("svm", SVC(C=1.0))])
    return model.fit(X_train, y_train).predict(X_test).astype(np.int64)
