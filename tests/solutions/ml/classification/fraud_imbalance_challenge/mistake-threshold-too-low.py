# expect: flag .* of the transactions where .* are fraud.*threshold far below the fraud rate
# A threshold of 0.005, ten times below the fraud rate: half the legitimate transactions
# are flagged. It used to fail with no word on why.
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X_train, y_train)
    return (model.predict_proba(X_test)[:, 1] > 0.005).astype(int)
