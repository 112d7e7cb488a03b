# expect: nearest neighbour was skipped \(order\[1:k\+1\]\).*take order\[:k\]
# Leave-one-out indexing on a plain test set: order[:, 1:k+1] drops each test
# row's nearest training row, which only makes sense when it is the row itself.
import numpy as np
def knn_predict(X_train, y_train, X_test, k):
    d = np.sqrt(((X_test[:, None, :] - X_train[None]) ** 2).sum(-1))
    nn = np.argsort(d, axis=1, kind="stable")[:, 1:k + 1]
    out = np.empty(len(X_test), dtype=np.int64)
    for i, rows in enumerate(nn):
        lab, cnt = np.unique(y_train[rows], return_counts=True)
        out[i] = lab[np.argmax(cnt)]
    return out
