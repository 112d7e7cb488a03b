import numpy as np


def stratified_folds(y, n_splits):
    # Shuffle the rows of each class, then deal them out with one counter that keeps
    # running from class to class, so leftovers land on the folds still short.
    y = np.asarray(y)
    rng = np.random.default_rng(12345)
    fold_of = {}
    position = 0
    for label in sorted(set(y.tolist()), key=repr):
        rows = np.flatnonzero(y == label)
        for row in rng.permutation(rows):
            fold_of[int(row)] = position % n_splits
            position += 1
    folds = []
    for k in range(n_splits):
        test = sorted(r for r, f in fold_of.items() if f == k)
        train = sorted(r for r, f in fold_of.items() if f != k)
        folds.append((np.array(train, dtype=np.int64), np.array(test, dtype=np.int64)))
    return folds
