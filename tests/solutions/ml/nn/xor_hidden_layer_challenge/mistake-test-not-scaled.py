# expect: give X_test the same preprocessing as X_train
# Wrong: the scaler transforms X_train only; the network sees raw X_test. The message
# used to say only that a hidden layer is needed, which this model has.
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler
def fit_predict(X_train, y_train, X_test):
    sc = StandardScaler().fit(X_train)
    m = MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=0).fit(sc.transform(X_train), y_train)
    return m.predict(X_test)
