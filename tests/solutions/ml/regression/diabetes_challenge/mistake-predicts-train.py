# expect: look like model\.predict\(X_train\)
# Wrong: returns the predictions for the training rows (the same count, 221), not
# for X_test; the message used to name no cause.
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
def fit_predict(X_train, y_train, X_test):
    m = make_pipeline(StandardScaler(), RidgeCV()).fit(X_train, y_train)
    return m.predict(X_train)
