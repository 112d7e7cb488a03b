# expect: hardly depend on the column with the smallest spread.*Standardise
from sklearn.neural_network import MLPClassifier


def fit_predict(X_train, y_train, X_test):
    # A hidden layer, but the raw columns: the tiny second feature is invisible.
    return (
        MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=0)
        .fit(X_train, y_train)
        .predict(X_test)
    )
