# expect: spread wider than the training targets.*standardised columns
import numpy as np
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures


def fit_predict(X_train, y_train, X_test):
    # A penalty chosen by cross-validation, but on raw polynomial features: age cubed is in
    # the hundreds of thousands, so the penalty barely touches it.
    model = make_pipeline(PolynomialFeatures(3), RidgeCV(alphas=np.logspace(-3, 5, 17)))
    return model.fit(X_train, y_train).predict(X_test)
