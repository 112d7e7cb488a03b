# expect: on another scale.*transform the predictions back
# The model is trained on log(y) and its predictions are returned as they come, in log
# units: it used to fail with an R² of about -4 and no word on why.
import numpy as np
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train, y_train, X_test):
    model = make_pipeline(StandardScaler(), RidgeCV())
    return model.fit(X_train, np.log(y_train)).predict(X_test)
