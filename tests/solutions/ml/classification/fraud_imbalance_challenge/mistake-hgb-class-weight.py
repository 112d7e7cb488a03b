# expect: if they are: .*gradient boosting with its default settings
# Gradient boosting with class_weight="balanced" and default settings: it still flags
# few rows, and was told to weight the classes, which it already did.
from sklearn.ensemble import HistGradientBoostingClassifier


def fit_predict(X_train, y_train, X_test):
    model = HistGradientBoostingClassifier(class_weight="balanced", random_state=0)
    return model.fit(X_train, y_train).predict(X_test)
