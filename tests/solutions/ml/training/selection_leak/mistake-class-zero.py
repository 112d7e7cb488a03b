# expect: probabilities of class 0
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X, y, k):
    m = make_pipeline(StandardScaler(), SelectKBest(f_classif, k=k), LogisticRegression())
    return cross_val_predict(m, X, y, cv=StratifiedKFold(n_splits=5), method="predict_proba")[:, 0]
