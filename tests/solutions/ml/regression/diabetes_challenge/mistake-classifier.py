# expect: a classifier, which treats each target value.*this is regression
# A classifier on the integer targets, each value a class of its own: the old message
# named only memorisation by a tree or a 1-NN.
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))
    return model.fit(X_train, y_train.astype(int)).predict(X_test)
