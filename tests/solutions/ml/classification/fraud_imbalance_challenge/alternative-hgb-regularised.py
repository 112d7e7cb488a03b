from sklearn.ensemble import HistGradientBoostingClassifier


def fit_predict(X_train, y_train, X_test):
    model = HistGradientBoostingClassifier(
        class_weight="balanced",
        learning_rate=0.05,
        max_iter=200,
        max_depth=3,
        min_samples_leaf=40,
        l2_regularization=1.0,
        random_state=0,
    )
    model.fit(X_train, y_train)
    return model.predict(X_test)
