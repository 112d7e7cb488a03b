# expect: k-nearest-neighbour model fitted on the raw columns.*standardise
# A k-NN on the raw columns, where sex (1 or 2) and age barely count in the distances: it
# failed with no word on why (and passes on about 4 draws in 10).
from sklearn.neighbors import KNeighborsRegressor


def fit_predict(X_train, y_train, X_test):
    return KNeighborsRegressor(n_neighbors=5).fit(X_train, y_train).predict(X_test)
