# expect: trained on standardised columns but given X_test in raw units
# Wrong: the scaler transforms X_train only; the model trained on standardised columns
# sees raw X_test. The message used to blame fitting the noise.
from sklearn.linear_model import RidgeCV
from sklearn.preprocessing import StandardScaler
def fit_predict(X_train, y_train, X_test):
    sc = StandardScaler().fit(X_train)
    m = RidgeCV().fit(sc.transform(X_train), y_train)
    return m.predict(X_test)
