# expect: straight function of the columns.*interactions
# The columns that vary between visits, but a plain logistic regression: the outcome
# depends on pairs of them together. It used to fail with no word on why.
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, groups_train, X_test):
    within = pd.DataFrame(X_train).groupby(groups_train).std().mean().to_numpy()
    keep = within / X_train.std(axis=0) > 0.5
    model = make_pipeline(StandardScaler(), LogisticRegression())
    return model.fit(X_train[:, keep], y_train).predict_proba(X_test[:, keep])[:, 1]
