# expect: returned a float64 array.*int array of classes.*cannot index
# The classes cast to floats (as a regressor or a hand-rolled argmax over float scores
# gives them): the score cannot tell 2.0 from 2, so it used to pass, but float classes
# cannot index, be counted with np.bincount or fill a confusion matrix.
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), SVC())
    return model.fit(X_train, y_train).predict(X_test).astype(float)
