from sklearn.ensemble import RandomForestRegressor


def fit_predict(X_train, y_train, X_test):
    model = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, random_state=0)
    return model.fit(X_train, y_train).predict(X_test)
