# expect: classes look swapped.*0 means malignant
# A sound model, but its classes turned around (1 read as malignant): it used to fail with
# a score near 0 and no word on why.
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    return 1 - model.fit(X_train, y_train).predict(X_test)
