from sklearn.ensemble import RandomForestClassifier


def fit_predict(X_train, y_train, X_test):
    # Trees split on one column at a time, so the columns' scales do not matter.
    model = RandomForestClassifier(n_estimators=500, random_state=0)
    return model.fit(X_train, y_train).predict(X_test).tolist()  # a plain list of 0/1
