import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-6, 1e-9


def _noise(rng, n, d):
    """Measurements on different scales and offsets, and labels that ignore them."""
    X = rng.normal(size=(n, d)) * rng.uniform(0.1, 10.0, size=d) + rng.normal(0, 5, size=d)
    y = rng.permutation(np.arange(n) % 2).astype(np.int64)
    return X, y


def _signal(rng, n, d, informative):
    X, y = _noise(rng, n, d)
    cols = rng.choice(d, size=informative, replace=False)
    X[:, cols] += np.outer(y - 0.5, rng.uniform(1.0, 2.0, size=informative)) * X[:, cols].std(0)
    return X, y


def _case(name, X, y, k):
    return Case(name, (X, y, int(k)), rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for _ in range(3):
        n, d, k = int(rng.integers(60, 120)), int(rng.integers(300, 1200)), int(rng.integers(5, 20))
        out.append(_case(f"pure noise: {n} rows, {d} features, k={k}", *_noise(rng, n, d), k))
    out.append(_case("a few informative features among 500", *_signal(rng, 100, 500, 5), 5))
    out.append(_case("k = 1", *_noise(rng, 80, 400), 1))
    out.append(_case("k = d (every feature kept)", *_noise(rng, 60, 8), 8))
    X, y = _noise(rng, 50, 300)
    y[: 40] = 0
    y[40:] = 1
    out.append(_case("unbalanced labels (40 against 10)", X, rng.permutation(y), 10))
    return out


def _in_sample(X, y, k):
    from sklearn.feature_selection import SelectKBest, f_classif
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), SelectKBest(f_classif, k=k), LogisticRegression())
    return model.fit(X, y).predict_proba(X)[:, 1]


def _leaky(X, y, k, *, selector_outside=True, scaler_inside=False):
    from sklearn.feature_selection import SelectKBest, f_classif
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if scaler_inside:  # the features chosen on all rows, the scaler refitted in each fold
        chosen = SelectKBest(f_classif, k=k).fit_transform(X, y)
        return cross_val_predict(make_pipeline(StandardScaler(), LogisticRegression()), chosen,
                                 y, cv=StratifiedKFold(n_splits=5), method="predict_proba")[:, 1]
    Xs = StandardScaler().fit_transform(X)
    if selector_outside:
        Xs = SelectKBest(f_classif, k=k).fit_transform(Xs, y)
        model = LogisticRegression()
    else:
        model = make_pipeline(SelectKBest(f_classif, k=k), LogisticRegression())
    return cross_val_predict(model, Xs, y, cv=StratifiedKFold(n_splits=5),
                             method="predict_proba")[:, 1]


def _auc(y, p):
    from sklearn.metrics import roc_auc_score

    return roc_auc_score(y, p)


def compare(case, expected, got):
    X, y, k = case.args
    if not isinstance(got, np.ndarray) or got.shape != (len(y),):
        shape = getattr(got, "shape", type(got).__name__)
        hint = ("; return only the probability of class 1, column 1 of predict_proba"
                if shape == (len(y), 2) else "")
        return f"expected an array of shape ({len(y)},), one probability per row; got {shape}{hint}"
    if got.dtype != np.float64:
        return f"expected float64 probabilities, got dtype {got.dtype}"
    if np.allclose(got, expected, rtol=RTOL, atol=ATOL):
        return None
    if np.isin(got, [0.0, 1.0]).all():
        return "these look like 0/1 predictions: return probabilities (method='predict_proba')"
    auc = f"(AUC {_auc(y, got):.2f} here against {_auc(y, expected):.2f} when fixed)"
    # The half fix first: where the selection does not depend on the fold (k = d, or a
    # few features strong enough to win in every fold), both leaks give the same numbers
    # and only the scaler's is left to name.
    if np.allclose(got, _leaky(X, y, k, selector_outside=False), rtol=1e-5, atol=1e-8):
        return ("the scaler is still fitted on all the rows, validation folds included, so "
                "their means and spreads leak into every fold; put it in the pipeline, "
                "before the selector and the model")
    if np.allclose(got, _leaky(X, y, k), rtol=1e-5, atol=1e-8):
        return ("still leaking: the features are chosen with every row's label before the "
                f"folds are drawn {auc}; fit the selector inside each training fold")
    if np.allclose(1.0 - got, expected, rtol=1e-5, atol=1e-8):
        return ("these are the probabilities of class 0: take column 1 of predict_proba, "
                "P(y = 1)")
    if np.allclose(got, _in_sample(X, y, k), rtol=1e-5, atol=1e-8):
        return (f"these are in-sample probabilities {auc}: the model predicted the rows it was "
                "fitted on; each row's probability must come from the model fitted on the four "
                "folds that do not contain it (cross_val_predict)")
    if np.allclose(got, _leaky(X, y, k, scaler_inside=True), rtol=1e-5, atol=1e-8):
        return ("still leaking: the scaler moved into the folds, but the features are still "
                f"chosen with every row's label before the folds are drawn {auc}; fit the "
                "selector inside each training fold too")
    if _auc(y, got) - _auc(y, expected) > 0.2:
        return (f"the probabilities separate the classes far better than the fixed model {auc}: "
                "something fitted on all the rows, validation folds included, still leaks "
                "their labels; fit every step inside each training fold")
    i = int(np.flatnonzero(~np.isclose(got, expected, rtol=RTOL, atol=ATOL))[0])
    return (f"probability {i} is {got[i]:.6f}, expected {expected[i]:.6f} {auc}: use exactly "
            "StandardScaler, SelectKBest(f_classif, k), LogisticRegression() in "
            "one pipeline, and StratifiedKFold(n_splits=5) without shuffling")
