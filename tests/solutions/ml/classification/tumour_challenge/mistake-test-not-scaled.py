# expect: same preprocessing as X_train
# Wrong: the scaler is fitted and applied to X_train only; the model then sees raw
# X_test and predicts one class; the message used to say to fit a real model.
from sklearn.preprocessing import StandardScaler
from sklearn.neighbors import KNeighborsClassifier
def fit_predict(X_train, y_train, X_test):
    Xtr = StandardScaler().fit_transform(X_train)
    return KNeighborsClassifier().fit(Xtr, y_train).predict(X_test)
