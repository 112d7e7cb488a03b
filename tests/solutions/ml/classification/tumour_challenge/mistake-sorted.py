# expect: predictions come sorted.*without sorting
# The predictions sorted before they are returned, so they no longer line up with the
# rows of X_test: it used to fail with no word on why.
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    return np.sort(model.fit(X_train, y_train).predict(X_test))
