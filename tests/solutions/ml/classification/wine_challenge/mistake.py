# expect: fitted on the raw columns.*standardise
from sklearn.svm import SVC


def fit_predict(X_train, y_train, X_test):
    return SVC(kernel="rbf").fit(X_train, y_train).predict(X_test)
