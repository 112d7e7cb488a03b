import numpy as np

from mldojo.grading.casekit import Case, short

RTOL, ATOL = 1e-6, 1e-9


def _data(rng, n, d, *, offset=10.0):
    """Correlated columns with clearly distinct variances and a mean far from 0."""
    scales = np.sort(rng.uniform(0.2, 1.0, size=d))[::-1] * np.geomspace(8, 1, d)
    basis, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return rng.normal(size=(n, d)) * scales @ basis.T + rng.normal(0, offset, size=d)


def _case(name, X, k, hidden=False):
    return Case(name, (X, int(k)), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(3):
        n, d = int(rng.integers(20, 80)), int(rng.integers(3, 7))
        k = int(rng.integers(1, d))
        out.append(_case(f"random {n}x{d}, k={k}", _data(rng, n, d), k))
    out.append(_case("k = d (all components)", _data(rng, 30, 4), 4))
    out.append(_case("k = 1, mean far from the origin", _data(rng, 40, 3, offset=100.0), 1))
    out.append(_case("more columns than rows (n=5, d=8), k=3", _data(rng, 5, 8), 3))
    X = _data(rng, 25, 4)
    X[:, 2] = 7.0
    out.append(_case("a constant column", X, 2))
    out.append(_case("columns on very different scales",
                     _data(rng, 30, 3) * np.array([1000.0, 1.0, 0.01]), 2))
    out.append(_case("two rows", _data(rng, 2, 3), 1))
    X = np.array([[1.0, 2.0, 0.0], [3.0, 2.0, 1.0], [5.0, 6.0, 1.0], [7.0, 6.0, 4.0]])
    out.append(_case("a small fixed matrix", X, 2, hidden=True))
    return out


def _variant(X, k, *, centre=True, cols=False, eigh=False, topk=False, scale=False):
    Xc = X - X.mean(0) if centre else X.copy()
    if scale:
        sd = Xc.std(0)
        Xc = Xc / np.where(sd == 0, 1, sd)
    if eigh:
        vals, vecs = np.linalg.eigh(Xc.T @ Xc)
        V, s2 = vecs[:, :k], np.clip(vals, 0, None)
        return Xc @ V, s2[:k] / s2.sum()
    _, s, Vt = np.linalg.svd(Xc, full_matrices=False)
    V = Vt[:, :k] if cols else Vt[:k].T
    denom = (s[:k] ** 2).sum() if topk else (s**2).sum()
    return Xc @ V, s[:k] ** 2 / denom


def _aligned(got, want):
    """`got` with each column's sign flipped to match `want` where that helps."""
    signs = np.where(np.sum(got * want, axis=0) < 0, -1.0, 1.0)
    return got * signs


def _same_up_to_sign(got, want, rtol=RTOL, atol=ATOL):
    return got.shape == want.shape and np.allclose(_aligned(got, want), want, rtol=rtol,
                                                   atol=atol * max(1.0, np.abs(want).max()))


def compare(case, expected, got):
    X, k = case.args
    n = len(X)
    if not (isinstance(got, tuple) and len(got) == 2):
        return f"return a tuple (scores, explained_variance_ratio), got {short(got)}"
    scores, ratio = got
    if not isinstance(scores, np.ndarray) or scores.shape != (n, k):
        shape = getattr(scores, "shape", type(scores).__name__)
        return (f"scores should have shape ({n}, {k}): one row per sample, one column per "
                f"component; got {shape}")
    if not isinstance(ratio, np.ndarray) or ratio.shape != (k,):
        return f"explained_variance_ratio should be an array of shape ({k},), got {short(ratio)}"
    if scores.dtype != np.float64 or ratio.dtype != np.float64:
        return "both arrays should be float64"
    ok_scores = _same_up_to_sign(scores, expected[0])
    ok_ratio = np.allclose(ratio, expected[1], rtol=RTOL, atol=ATOL)
    if ok_scores and ok_ratio:
        return None
    named = [
        ({"centre": False}, "the columns were not centred: subtract X.mean(axis=0) first, or "
                            "the first component points at the mean instead of along the spread"),
        ({"cols": True}, "the components were taken as columns of Vt: they are its rows, "
                         "Vt[:k] (or the columns of V = Vt.T)"),
        ({"eigh": True}, "these are the smallest components: np.linalg.eigh returns eigenvalues "
                         "in increasing order, so reverse them"),
        ({"scale": True}, "the columns were standardised: centre them, but do not divide by "
                          "their standard deviations"),
    ]
    for kwargs, why in named:
        try:
            s2, _ = _variant(X, k, **kwargs)
        except ValueError:  # e.g. the columns of Vt do not fit when n < d
            continue
        if s2.shape == scores.shape and _same_up_to_sign(scores, s2, rtol=1e-5):
            return why
    by_row = X - X.mean(axis=1, keepdims=True)
    row_scores = by_row @ np.linalg.svd(by_row, full_matrices=False)[2][:k].T
    if _same_up_to_sign(scores, row_scores, rtol=1e-5):
        return ("each row was centred on its own mean (axis=1): centre each column, "
                "X - X.mean(axis=0)")
    U = np.linalg.svd(X - X.mean(0), full_matrices=False)[0][:, :k]
    if _same_up_to_sign(scores, U, rtol=1e-5):
        return ("these are the columns of U, each of length 1: the scores are U[:, :k] * s[:k], "
                "or equivalently Xc @ Vt[:k].T")
    if ok_scores:
        if k < min(X.shape) and np.allclose(ratio, _variant(X, k, topk=True)[1], rtol=1e-5):
            return ("the ratios are shares of the first k components only: divide by the sum "
                    "of ALL squared singular values, the total variance")
        sv = np.linalg.svd(X - X.mean(0), compute_uv=False)
        if np.allclose(ratio, sv[:k] / sv.sum(), rtol=1e-5):
            return ("the ratios are shares of the singular values: a component's variance is "
                    "its squared singular value, so use s**2 / sum(s**2)")
        if ratio.sum() > 1.0 + 1e-9:
            return ("the ratios add up to more than 1: these look like variances, not shares; "
                    "divide each s_j**2 by the total, sum(s**2)")
        shown = "" if case.hidden else f": expected {short(expected[1])}, got {short(ratio)}"
        return f"the scores are right but explained_variance_ratio is not{shown}"
    Xc = X - X.mean(0)
    Vt = np.linalg.svd(Xc, full_matrices=False)[2]
    every = Xc @ Vt.T  # the scores on all the components, highest variance first
    order = [next((i for i in range(every.shape[1])
                   if _same_up_to_sign(scores[:, [j]], every[:, [i]], rtol=1e-5)), None)
             for j in range(k)]
    if None not in order and order != list(range(k)):
        return ("these are principal components, but not the top k in decreasing order of "
                "variance: sort them by their singular values (eigenvalues), largest first; "
                "np.linalg.eigh returns eigenvalues in increasing order")
    if _same_up_to_sign(scores, X @ Vt[:k].T, rtol=1e-5):
        return ("the components are right, but the data projected onto them is X, not the "
                "centred Xc: each column of scores is off by the projection of the mean")
    j = int(np.flatnonzero(~np.isclose(_aligned(scores, expected[0]), expected[0],
                                       rtol=RTOL, atol=ATOL).all(axis=0))[0])
    return (f"column {j} of scores differs from the projection onto component {j} (either "
            "sign is accepted): scores = Xc @ Vt[:k].T with Xc the centred data")
