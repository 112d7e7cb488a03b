# expect: one straight boundary.*no line separates an XOR
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    # Standardised, but linear: one straight boundary cannot carve an XOR.
    model = make_pipeline(StandardScaler(), LogisticRegression())
    return model.fit(X_train, y_train).predict(X_test)
