from sklearn.neural_network import MLPClassifier


def fit_predict(X_train, y_train, X_test):
    # Standardised by hand, two ReLU layers.
    mean, std = X_train.mean(axis=0), X_train.std(axis=0)
    net = MLPClassifier(hidden_layer_sizes=(32, 16), max_iter=2000, random_state=2)
    net.fit((X_train - mean) / std, y_train)
    return net.predict((X_test - mean) / std)
