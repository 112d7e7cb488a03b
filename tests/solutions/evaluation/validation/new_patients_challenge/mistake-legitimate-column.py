# expect: scores run the wrong way.*predict_proba\(\.\.\.\)\[:, 1\]
# The right columns and model, but the probability of class 0 returned as the score:
# ROC AUC far below 0.5. It used to fail with no word on why.
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier


def fit_predict(X_train, y_train, groups_train, X_test):
    within = pd.DataFrame(X_train).groupby(groups_train).std().mean().to_numpy()
    keep = within / X_train.std(axis=0) > 0.5
    model = HistGradientBoostingClassifier(random_state=0).fit(X_train[:, keep], y_train)
    return model.predict_proba(X_test[:, keep])[:, 0]
