from sklearn.preprocessing import StandardScaler


def standardize_split(X_train, X_test):
    # The library's scaler: fitted on the training rows, applied to both sets.
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test)
