from sklearn.linear_model import LogisticRegressionCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import RobustScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(
        RobustScaler(),
        LogisticRegressionCV(class_weight="balanced", scoring="balanced_accuracy", max_iter=2000),
    )
    model.fit(X_train, y_train)
    return model.predict(X_test) == 1  # a boolean mask of flagged rows
