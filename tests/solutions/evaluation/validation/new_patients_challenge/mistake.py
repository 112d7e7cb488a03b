# expect: same new patient get alike scores.*GroupKFold by patient
from sklearn.ensemble import RandomForestClassifier


def fit_predict(X_train, y_train, groups_train, X_test):
    # Chosen because a random 5-fold split of the training rows scored it highest.
    model = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, random_state=0, n_jobs=1)
    model.fit(X_train, y_train)
    return model.predict_proba(X_test)[:, 1]
