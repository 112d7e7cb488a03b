# expect: features are still chosen with every row's label
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def oof_probabilities(X, y, k):
    Xb = SelectKBest(f_classif, k=k).fit_transform(X, y)
    m = make_pipeline(StandardScaler(), LogisticRegression())
    return cross_val_predict(m, Xb, y, cv=StratifiedKFold(n_splits=5), method="predict_proba")[:, 1]
