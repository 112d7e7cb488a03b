"""Standardise, then one hidden layer of 32 ReLU units (`MLPClassifier`). Each hidden
unit computes a line through the feature space and the ReLU keeps one side of it; the
output layer adds those half-planes up, which is enough to carve the four quadrants
of an XOR pattern. Standardising puts every column at spread 1 so that the first
layer's initial weights, drawn at a scale suited to unit inputs, neither saturate on
the wide signal column nor ignore the one within ±0.05. A fixed `random_state` makes the
result reproducible, and `max_iter=2000` lets the optimiser converge.

The common wrong approaches: a linear model, however regularised (it scores about
0.5: no single line separates the classes); and the same network on the raw columns,
which also scores about 0.5 because the tiny second column, half of the signal, is
invisible next to the first. Tree ensembles pass too: a split on each of the two
signal columns is exactly an XOR.
"""

import numpy as np
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def fit_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray) -> np.ndarray:
    model = make_pipeline(
        StandardScaler(),
        MLPClassifier(hidden_layer_sizes=(32,), max_iter=2000, random_state=0),
    )
    return model.fit(X_train, y_train).predict(X_test)
