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
             normalise=True, linear=False, over_classes=False):
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
    if over_classes:  # theta normalised over the classes instead of over the words
        denom = (N + alpha).sum(0, keepdims=True)
    log_theta = np.log(N + alpha) - np.log(denom)
    joint = T @ log_theta.T + np.log(prior)
    if linear:
        with np.errstate(all="ignore"):
            p = np.exp(joint)
            return np.log(p / p.sum(1, keepdims=True))
    return joint - logsumexp(joint, axis=1, keepdims=True) if normalise else joint


def _not_finite(X, y, T, alpha, got, hidden):
    """Why the result holds -inf or NaN: underflow outside log space, or no smoothing.

    An explanation is given only if it accounts for every non-finite cell."""
    classes, codes = np.unique(y, return_inverse=True)
    N = np.eye(len(classes))[codes].T @ X
    joint = _variant(X, y, T, alpha, normalise=False)  # the right log joints, all finite
    floor = np.log(np.finfo(float).tiny) - 40  # below about -748, exp() is exactly 0.0
    cells = [(int(i), int(j)) for i, j in np.argwhere(~np.isfinite(got))]

    def unseen(i, j):
        return bool(((T[i] > 0) & (N[j] == 0)).any())

    def row_nan(i):
        return bool(np.isnan(got[i]).all())

    by_underflow = all(joint[i, j] < floor or (row_nan(i) and joint[i].max() < floor)
                       for i, j in cells)
    by_zero = all(unseen(i, j) or (row_nan(i) and any(unseen(i, c) for c in range(len(classes))))
                  for i, j in cells)
    smooth = ("without smoothing a word never seen in a class gets probability 0 and log "
              "-inf; add alpha to every count N_cj and alpha * d to every class total N_c")
    logs = ("the product of many word probabilities underflows to 0.0 in float64 (then 0/0 "
            "is NaN); stay in log space: add log probabilities and normalise with "
            "logsumexp(joint, axis=1, keepdims=True)")
    # Underflow first: where every class's joint is below the floor, a product gives NaN
    # whatever the smoothing, so it is a mistake for certain.
    if by_underflow:
        i = cells[0][0]
        where = "" if hidden else (f" (first at test document {i}: {int(T[i].sum())} words, "
                                   f"log joints near {joint[i].max():.0f})")
        return f"the result has -inf or NaN{where}: {logs}"
    if by_zero:
        if hidden:
            return f"the result has -inf or NaN: {smooth}"
        i, j = next((i, c) for i, _ in cells for c in range(len(classes)) if unseen(i, c))
        word = int(np.flatnonzero((T[i] > 0) & (N[j] == 0))[0])
        return (f"the result has -inf or NaN (first at test document {i}): word {word} occurs "
                f"in it but never in class {classes[j]}'s training documents; {smooth}")
    return f"the result has -inf or NaN; two usual causes: {smooth}; or {logs}"


def _columns(got, expected, y, hidden):
    """When the columns are the right classes in the wrong order, say which order."""
    C = expected.shape[1]
    match = [next((k for k in range(C) if np.allclose(got[:, j], expected[:, k], rtol=RTOL,
                                                      atol=ATOL)), None) for j in range(C)]
    if None in match or match == list(range(C)) or len(set(match)) < C:
        return None
    if hidden:
        return ("the columns are in the wrong order: one column per class, in "
                "np.unique(y_train) order")
    classes = np.unique(y)
    return (f"the right posteriors, in the wrong column order: your columns hold the classes "
            f"{[int(classes[k]) for k in match]}; they must follow np.unique(y_train), sorted: "
            f"{classes.tolist()}")


def compare(case, expected, got):
    X, y, T = case.args
    alpha = case.kwargs.get("alpha", 1.0)
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        shape = getattr(got, "shape", type(got).__name__)
        return (f"expected an array of shape {expected.shape} (one row per test document, one "
                f"column per class in np.unique(y_train) order), got {shape}")
    if got.dtype != np.float64:
        return f"expected float64, got dtype {got.dtype}"
    if np.allclose(got, expected, rtol=RTOL, atol=ATOL):
        return None
    if not np.all(np.isfinite(got)):
        return _not_finite(X, y, T, alpha, got, case.hidden)
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
        ({"over_classes": True}, "the word probabilities were normalised over the classes "
                                 "(axis=0): each class's theta must sum to 1 over the d "
                                 "words, so divide by N_c + alpha * d, the row sums"),
        ({"word_prior": True}, "the prior uses word counts: it is the share of training "
                               "documents in each class, n_c / n"),
        ({"uniform": True}, "the prior is missing (or uniform): add ln(n_c / n), the log share "
                            "of training documents in class c, to each class's joint"),
    ):
        if np.allclose(got, _variant(X, y, T, alpha, **kwargs), rtol=1e-6, atol=1e-8):
            return why
    if alpha != 1.0 and np.allclose(got, _variant(X, y, T, 1.0), rtol=1e-6, atol=1e-8):
        passed = "a different alpha" if case.hidden else f"alpha={alpha}"
        return (f"this call passes {passed}, and your result is the one for alpha = 1: "
                "use the alpha argument, not a fixed 1")
    from scipy.special import logsumexp

    classes, codes = np.unique(y, return_inverse=True)
    Y = np.eye(len(classes))[codes]
    N = Y.T @ X
    C = len(classes)
    log_prior = np.log(Y.sum(0) / len(y))
    by_docs = np.log(N + alpha) - np.log(Y.sum(0)[:, None] + alpha * X.shape[1])
    by_words = np.log(N + alpha) - np.log(N.sum(1, keepdims=True) + alpha * X.shape[1])
    for joint, why in (
        ((T > 0) @ by_words.T + log_prior,
         "each word was counted once per document (X_test > 0): the multinomial model adds "
         "x_j * ln theta_cj, the word's count times its log probability"),
        (T @ by_docs.T + log_prior,
         "N_c in the denominator is the number of documents of class c: it is the total "
         "count of all words in them, the row sums of N_cj"),
        (T @ (np.log(N + alpha) - np.log(N.sum(1, keepdims=True))).T + log_prior,
         "the denominator has no smoothing term: it must be N_c + alpha * d (alpha for each "
         "of the d words), so that each class's word probabilities sum to 1"),
        (T @ (np.log(N + alpha) - np.log(N.sum(1, keepdims=True) + alpha * C)).T + log_prior,
         "the denominator adds alpha once per class: it must add alpha * d, alpha for each "
         "of the d words, so that each class's word probabilities sum to 1"),
    ):
        if np.allclose(got, joint - logsumexp(joint, axis=1, keepdims=True), rtol=1e-6,
                       atol=1e-8):
            return why
    order = _columns(got, expected, y, case.hidden)
    if order:
        return order
    i, j = (int(v) for v in np.argwhere(~np.isclose(got, expected, rtol=RTOL, atol=ATOL))[0])
    shown = "" if case.hidden else f": expected {float(expected[i, j])!r}, got {float(got[i, j])!r}"
    # The posterior of class c is its joint minus the row's logsumexp: a prior that is off
    # by a constant per class shows as a gap between columns that every document shares.
    gap = got - expected
    gap = gap - gap[:, :1]
    if len(got) > 1 and np.allclose(gap, gap[:1], atol=1e-6):
        where = ("the error is the same in every document, so look at the prior: ln(n_c / n) "
                 "per class")
    else:
        where = ("the error differs from document to document, so look at the word part: the "
                 "counts N_cj per class, the smoothing, and X_test @ log_theta.T")
    return f"the log posterior of test document {i}, class column {j}, is wrong{shown}; {where}"
