import numpy as np
from sklearn.utils.class_weight import compute_class_weight


def balanced_weights(y):
    # scikit-learn's own helper, and a dict lookup for the examples.
    classes = np.unique(y)
    weights = compute_class_weight("balanced", classes=classes, y=y)
    lookup = dict(zip(classes.tolist(), weights.tolist()))
    return classes, weights.astype(np.float64), np.array([lookup[v] for v in y.tolist()])
