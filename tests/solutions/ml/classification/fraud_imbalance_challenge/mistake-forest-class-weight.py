# expect: no more than the 5% of training rows.*random forest with them still flags few rows
from sklearn.ensemble import RandomForestClassifier


def fit_predict(X_train, y_train, X_test):
    # Trees need no scaling, and class weights "handle" the imbalance: yet the forest
    # still flags fewer rows than there is fraud, at the default threshold of 0.5.
    model = RandomForestClassifier(
        n_estimators=300,
        min_samples_leaf=5,
        class_weight="balanced_subsample",
        n_jobs=-1,
        random_state=0,
    )
    model.fit(X_train, y_train)
    return (model.predict_proba(X_test)[:, 1] > 0.5).astype(int)
