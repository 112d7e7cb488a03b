# expect: memorised the training rows
from sklearn.tree import DecisionTreeRegressor


def fit_predict(X_train, y_train, X_test):
    return DecisionTreeRegressor(random_state=0).fit(X_train, y_train).predict(X_test)
