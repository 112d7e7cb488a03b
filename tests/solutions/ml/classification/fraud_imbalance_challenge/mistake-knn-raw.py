# expect: k-nearest-neighbour model on the raw columns.*standardise
# The threshold is right, but a k-NN on the raw columns measures distance mostly in the
# two widest columns: it used to fail with no word on why.
from sklearn.neighbors import KNeighborsClassifier


def fit_predict(X_train, y_train, X_test):
    model = KNeighborsClassifier(n_neighbors=25).fit(X_train, y_train)
    return (model.predict_proba(X_test)[:, 1] > y_train.mean()).astype(int)
