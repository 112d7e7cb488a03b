import numpy as np
from scipy.special import logsumexp
from sklearn.datasets import load_iris, load_wine

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-6, 1e-8


def _blobs(rng, n, d, k, spread=3.0):
    centres = rng.normal(scale=spread, size=(k, d))
    y = rng.integers(0, k, size=n)
    y[:k] = np.arange(k)  # every class present
    return centres[y] + rng.normal(scale=rng.uniform(0.5, 2.0, size=d), size=(n, d)), y


def _split(rng, X, y, test=0.3):
    mask = rng.random(len(y)) < test
    mask[:1] = True
    keep = ~mask
    for c in np.unique(y):  # every class stays in the training rows
        keep[np.flatnonzero(y == c)[0]] = True
    return X[keep], y[keep].astype(np.int64), X[mask]


def _case(name, X_train, y_train, X_test, hidden=False, **kwargs):
    return Case(
        name, (X_train, y_train, X_test), kwargs=kwargs, rtol=RTOL, atol=ATOL, hidden=hidden
    )


def cases(rng):
    out = []
    for i in range(2):
        X, y = _blobs(
            rng, int(rng.integers(40, 120)), int(rng.integers(2, 6)), int(rng.integers(2, 5))
        )
        out.append(_case(f"random blobs #{i + 1}", *_split(rng, X, y)))
    X, y = load_iris(return_X_y=True)
    out.append(_case("iris (scikit-learn's bundled data)", *_split(rng, X, y)))
    X, y = load_wine(return_X_y=True)
    out.append(_case("wine: 13 features of very different scales", *_split(rng, X, y)))
    X, y = _blobs(rng, 60, 40, 3, spread=6.0)
    out.append(
        _case(
            "40 features and far-away test points (linear space underflows)",
            X[:50],
            y[:50].astype(np.int64),
            X[50:] * 3.0,
        )
    )
    X, y = _blobs(rng, 30, 3, 2)
    X[y == 0, 1] = 7.0  # constant within class 0
    out.append(
        _case(
            "a feature constant within a class (the variance floor)",
            X,
            y.astype(np.int64),
            X[:6] + 0.1,
        )
    )
    X, y = _blobs(rng, 50, 2, 2)
    y[:45] = 0
    y[45:] = 1
    out.append(
        _case(
            "imbalanced classes: the prior matters", X, y.astype(np.int64), rng.normal(size=(8, 2))
        )
    )
    X, y = _blobs(rng, 25, 3, 3)
    out.append(_case("class labels that are not 0..k-1", X, (y * 10 + 5).astype(np.int64), X[:5]))
    X, y = _blobs(rng, 36, 3, 3)
    order = rng.permutation(len(y))
    y = np.array([30, 7, 12])[y]
    order = np.r_[
        np.flatnonzero(y == 30)[:1],
        np.flatnonzero(y == 12)[:1],
        np.setdiff1d(
            order, [np.flatnonzero(y == 30)[0], np.flatnonzero(y == 12)[0]], assume_unique=True
        ),
    ]
    out.append(
        _case(
            "labels 30, 7, 12, first seen out of order in the rows",
            X[order],
            y[order].astype(np.int64),
            X[:6] + 0.2,
        )
    )
    X, y = _blobs(rng, 40, 3, 2)
    out.append(_case("a larger var_smoothing", X, y.astype(np.int64), X[:7], var_smoothing=0.1))
    # A reading around 10^6 with a spread of about 1 (a timestamp, a sensor's raw counts):
    # E[x^2] - E[x]^2 loses about 12 of the 16 digits there; deviations from the mean do not.
    X, y = _blobs(rng, 60, 3, 3)
    X[:, 0] += 1e6
    out.append(
        _case(
            "a feature around 10^6 with a spread of about 1",
            X[:45],
            y[:45].astype(np.int64),
            X[45:],
        )
    )
    X, y = _blobs(rng, 80, 5, 4)
    out.append(_case("random blobs (hidden)", *_split(rng, X, y), hidden=True))
    return out


def _one_pass_var(A):
    return (A**2).mean(axis=0) - A.mean(axis=0) ** 2


def _variant(
    X_train,
    y_train,
    X_test,
    var_smoothing=1e-9,
    *,
    ddof=0,
    prior=True,
    eps=True,
    one_pass=False,
    eps_per_class=False,
    eps_unscaled=False,
):
    classes = np.unique(y_train)
    whole = _one_pass_var(X_train) if one_pass else X_train.var(axis=0)
    epsilon = var_smoothing * whole.max() if eps else 0.0
    epsilon = var_smoothing if eps_unscaled else epsilon
    rows = [X_train[y_train == c] for c in classes]
    pri = np.array([len(r) for r in rows]) / len(y_train) if prior else np.ones(len(rows))
    mean = np.array([r.mean(axis=0) for r in rows])
    var = np.array(
        [
            _one_pass_var(r)
            if one_pass
            else r.var(axis=0, ddof=ddof)
            if len(r) > ddof
            else r.var(axis=0)
            for r in rows
        ]
    )
    # eps_per_class: each class's own largest variance
    var = var + (var_smoothing * var.max(axis=1, keepdims=True) if eps_per_class else epsilon)
    with np.errstate(divide="ignore", invalid="ignore"):
        diff = X_test[:, None, :] - mean[None, :, :]
        jll = np.log(pri) - 0.5 * np.sum(np.log(2 * np.pi * var) + diff**2 / var, axis=2)
        top = jll.max(axis=1, keepdims=True)
        return jll - top - np.log(np.exp(jll - top).sum(axis=1, keepdims=True))


def compare(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 2):
        return "return a tuple (classes, log_proba)"
    classes, log_proba = got
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    got_classes = np.asarray(classes)
    if (
        got_classes.shape == expected[0].shape
        and not np.array_equal(got_classes, expected[0])
        and np.array_equal(np.sort(got_classes), expected[0])
    ):
        return (
            "the classes are right but not sorted: return them in ascending order (as "
            "np.unique gives them), with the columns of log_proba in the same order, not "
            "in the order the labels first appear in y_train"
        )
    if case.hidden:
        problem = "the log posteriors do not match"
    if not isinstance(log_proba, np.ndarray) or log_proba.shape != expected[1].shape:
        return f"{problem}; log_proba has one row per test row and one column per class"
    if not np.all(np.isfinite(log_proba)):
        return (
            f"{problem}; some log posteriors are not finite: stay in log space and "
            "normalise with log-sum-exp (subtract each row's maximum before exp), and "
            "add the variance floor"
        )
    args = case.args
    smoothing = case.kwargs.get("var_smoothing", 1e-9)
    for switches, advice in (
        (dict(ddof=1), "the variances divide by n_c, not n_c - 1"),
        (dict(prior=False), "add the log prior, log(n_c / n), to each class's score"),
        (
            dict(eps=False),
            "add epsilon = var_smoothing * (the largest feature variance of "
            "X_train) to every class variance",
        ),
        (
            dict(eps_per_class=True),
            "epsilon is one number for every class: var_smoothing "
            "times the largest variance of X_train's features over all its rows, not each "
            "class's own largest variance",
        ),
        (
            dict(eps_unscaled=True),
            "epsilon is var_smoothing times the largest feature "
            "variance of X_train, not var_smoothing alone",
        ),
        (
            dict(one_pass=True),
            "the variances lose their digits: E[x^2] - E[x]^2 cancels "
            "when a feature's mean is large next to its spread (here about 10^6 and 1). Average "
            "the squared deviations from the mean instead (np.var does)",
        ),
    ):
        wrong = _variant(*args, smoothing, **switches)
        if np.allclose(log_proba, wrong, rtol=1e-6, atol=1e-8, equal_nan=True):
            if switches == {"eps": False} and np.allclose(
                log_proba,
                _variant(*args, smoothing, eps_per_class=True),
                rtol=1e-6,
                atol=1e-8,
                equal_nan=True,
            ):  # this case cannot tell the two apart
                return (
                    f"{problem}; epsilon is missing, or was computed per class: it is "
                    "var_smoothing * (the largest feature variance of X_train over all "
                    "its rows), one number added to every class variance"
                )
            return f"{problem}; {advice}"
    # Right up to one shift per row (jll - max, or jll unnormalised): however close to 1
    # the rows' sums come, that shift is what fails the comparison.
    normalised = log_proba - logsumexp(log_proba, axis=1, keepdims=True)
    if np.allclose(normalised, expected[1], rtol=case.rtol, atol=case.atol) or not np.allclose(
        np.exp(log_proba).sum(axis=1), 1.0, rtol=0.0, atol=1e-6
    ):
        return (
            f"{problem}; each row of exp(log_proba) must sum to 1: normalise per row, "
            "subtracting each row's log-sum-exp (not only its maximum)"
        )
    return problem
