from sklearn.discriminant_analysis import LinearDiscriminantAnalysis


def fit_predict(X_train, y_train, X_test):
    # Equal priors: the rare class counts as much as the common one.
    model = LinearDiscriminantAnalysis(priors=[0.5, 0.5]).fit(X_train, y_train)
    return model.predict(X_test)
