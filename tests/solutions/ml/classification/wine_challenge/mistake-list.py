# expect: returned a Python list of 71 values.*int NumPy array of shape \(71,\)
# The classes handed back as a Python list: scored as an array it used to pass, but a
# list is not what the statement asks for and breaks code that compares or masks it.
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), SVC())
    return model.fit(X_train, y_train).predict(X_test).tolist()
