# expect: in-sample probabilities
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X, y, k):
    m = make_pipeline(StandardScaler(), SelectKBest(f_classif, k=k), LogisticRegression())
    return m.fit(X, y).predict_proba(X)[:, 1]
