import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-7, 1e-9


def _corpus(rng, n, d, n_classes, *, length=(5, 40), labels=None):
    """Documents whose word frequencies depend on the class."""
    word_probs = rng.dirichlet(np.full(d, 0.3), size=n_classes)
    which = rng.integers(0, n_classes, size=n)
    which[:n_classes] = np.arange(n_classes)  # every class has a document
    X = np.stack([rng.multinomial(int(rng.integers(*length)), word_probs[c]) for c in which])
    names = np.arange(n_classes) if labels is None else np.asarray(labels)
    return X.astype(np.int64), names[which].astype(np.int64), word_probs


def _tests(rng, m, word_probs, length=(5, 40)):
    which = rng.integers(0, len(word_probs), size=m)
    return np.stack([rng.multinomial(int(rng.integers(*length)), word_probs[c])
                     for c in which]).astype(np.int64).reshape(m, word_probs.shape[1])


def _case(name, X, y, T, alpha=None, hidden=False):
    kwargs = {} if alpha is None else {"alpha": float(alpha)}
    return Case(name, (X, y, T), kwargs=kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(3):
        n, d, c = int(rng.integers(20, 60)), int(rng.integers(5, 30)), int(rng.integers(2, 4))
        X, y, wp = _corpus(rng, n, d, c)
        out.append(_case(f"random corpus: {n} documents, {d} words, {c} classes",
                         X, y, _tests(rng, 10, wp)))
    X, y, wp = _corpus(rng, 30, 12, 2)
    out.append(_case("alpha = 0.01 (little smoothing)", X, y, _tests(rng, 8, wp), alpha=0.01))
    X, y, wp = _corpus(rng, 30, 12, 3)
    out.append(_case("alpha = 5 (heavy smoothing)", X, y, _tests(rng, 8, wp), alpha=5.0))
    X, y, wp = _corpus(rng, 40, 20, 3, labels=[7, -2, 30])
    out.append(_case("labels 7, -2 and 30 (columns in sorted order: -2, 7, 30)",
                     X, y, _tests(rng, 6, wp)))
    X, y, wp = _corpus(rng, 25, 15, 2)
    X[:, 0] = np.where(y == 0, 0, X[:, 0] + 3)   # word 0 never appears in class 0
    T = _tests(rng, 5, wp)
    T[:, 0] += 2
    out.append(_case("a word never seen in one class", X, y, T))
    X, y, wp = _corpus(rng, 30, 10, 2, length=(200, 400))
    out.append(_case("long documents (products of probabilities underflow)",
                     X, y, _tests(rng, 6, wp, length=(500, 2000))))
    X, y, wp = _corpus(rng, 20, 8, 2)
    y[:] = 1
    y[:3] = 0                                   # priors 3/20 and 17/20
    out.append(_case("unbalanced classes and an empty test document", X, y,
                     np.vstack([np.zeros((1, 8), dtype=np.int64), _tests(rng, 4, wp)])))
    X, y, wp = _corpus(rng, 15, 6, 2)
    out.append(_case("no test documents", X, y, np.zeros((0, 6), dtype=np.int64)))
    out.append(_case("one training document per class",
                     np.array([[3, 0, 1, 0], [0, 2, 0, 5]]), np.array([1, 0]),
                     np.array([[1, 1, 1, 1], [0, 0, 4, 0]]), alpha=0.5, hidden=True))
    return out


def _variant(X, y, T, alpha=1.0, *, denom_alpha=False, word_prior=False, uniform=False,
             normalise=True, linear=False):
    from scipy.special import logsumexp

    classes, codes = np.unique(y, return_inverse=True)
    Y = np.eye(len(classes))[codes]
    N = Y.T @ X
    if word_prior:
        prior = N.sum(1) / N.sum()
    elif uniform:
        prior = np.full(len(classes), 1 / len(classes))
    else:
        prior = Y.sum(0) / len(y)
    denom = N.sum(1, keepdims=True) + (alpha if denom_alpha else alpha * X.shape[1])
    log_theta = np.log(N + alpha) - np.log(denom)
    joint = T @ log_theta.T + np.log(prior)
    if linear:
        with np.errstate(all="ignore"):
            p = np.exp(joint)
            return np.log(p / p.sum(1, keepdims=True))
    return joint - logsumexp(joint, axis=1, keepdims=True) if normalise else joint


def compare(case, expected, got):
    X, y, T = case.args
    alpha = case.kwargs.get("alpha", 1.0)
    C = len(np.unique(y))
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        shape = getattr(got, "shape", type(got).__name__)
        return (f"expected an array of shape {expected.shape} (one row per test document, one "
                f"column per class in np.unique(y_train) order), got {shape}")
    if got.dtype != np.float64:
        return f"expected float64, got dtype {got.dtype}"
    if np.allclose(got, expected, rtol=RTOL, atol=ATOL):
        return None
    if not np.all(np.isfinite(got)):
        return ("the result has -inf or nan: multiplying word probabilities underflows to 0 for "
                "long documents (or an unseen word gets probability 0). Add log probabilities, "
                "smooth every count with alpha, and normalise with logsumexp")
    if got.size and not np.allclose(np.exp(got).sum(axis=1), 1.0, atol=1e-6):
        if np.allclose(got, _variant(X, y, T, alpha, normalise=False), rtol=1e-6, atol=1e-8):
            return ("this is the log joint, not the posterior: subtract "
                    "logsumexp(joint, axis=1, keepdims=True) so each row's probabilities sum "
                    "to 1")
        return "each row's exponentials should sum to 1: normalise over the classes"
    for kwargs, why in (
        ({"denom_alpha": True}, "the denominator adds alpha once: it must add alpha * d (alpha "
                                "for each of the d words), so that each class's word "
                                "probabilities sum to 1"),
        ({"word_prior": True}, "the prior uses word counts: it is the share of training "
                               "documents in each class"),
        ({"uniform": True}, "the prior is uniform: use the share of training documents in "
                            "each class"),
    ):
        if np.allclose(got, _variant(X, y, T, alpha, **kwargs), rtol=1e-6, atol=1e-8):
            return why
    if C > 1 and np.allclose(got[:, ::-1], expected, rtol=RTOL, atol=ATOL):
        return "the columns are in the wrong order: follow np.unique(y_train)"
    i, j = (int(v) for v in np.argwhere(~np.isclose(got, expected, rtol=RTOL, atol=ATOL))[0])
    shown = "" if case.hidden else f": expected {float(expected[i, j])!r}, got {float(got[i, j])!r}"
    return f"the log posterior of test document {i}, class column {j}, is wrong{shown}"
