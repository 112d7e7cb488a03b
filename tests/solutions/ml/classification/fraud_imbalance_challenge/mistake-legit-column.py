# expect: flag .* of the transactions where .* are fraud.*\[:, 1\] is the fraud probability
# The threshold applied to predict_proba(...)[:, 0], the legitimate class: nearly every
# row is flagged. It used to fail with no word on why.
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
    return (model.predict_proba(X_test)[:, 0] > y_train.mean()).astype(int)
