# expect: standardised with its own mean and standard deviation.*training data only
# Wrong: X_test standardised with its own mean and standard deviation instead of the
# training rows' (test-set leakage, and train-serve skew: a prediction then depends on
# which other rows came with it). On a random half the two sets of statistics are close,
# so it used to pass.
import numpy as np
from sklearn.linear_model import RidgeCV
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = RidgeCV(alphas=np.logspace(-3, 3, 13))
    model.fit(StandardScaler().fit_transform(X_train), y_train)
    return model.predict(StandardScaler().fit_transform(X_test))
