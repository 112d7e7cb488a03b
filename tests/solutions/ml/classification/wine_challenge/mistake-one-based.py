# expect: not a class of y_train.*numbered as in y_train
# The cultivars numbered from 1, as the data set's documentation does, where y_train
# counts from 0: it used to fail with a score near 0 and no word on why.
from sklearn.ensemble import RandomForestClassifier


def fit_predict(X_train, y_train, X_test):
    model = RandomForestClassifier(n_estimators=300, random_state=0)
    return model.fit(X_train, y_train).predict(X_test) + 1
