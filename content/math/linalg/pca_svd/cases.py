import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-6, 1e-9
FLOAT32 = "float32 embeddings (the result is still float64)"


def _data(rng, n, d, offset=3.0, spread=None):
    """Gaussian data with clearly separated variances along a random rotation."""
    base = 6.0 * 0.6 ** np.arange(d) if spread is None else 10.0 * np.asarray(spread)
    scales = base * rng.uniform(0.9, 1.1, size=d)
    rotation, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return rng.normal(size=(n, d)) * scales @ rotation.T + rng.normal(scale=offset, size=d)


def _case(name, X, k, hidden=False):
    return Case(name, (X, int(k)), hidden=hidden, rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for i in range(3):
        n, d = int(rng.integers(30, 80)), int(rng.integers(3, 7))
        k = int(rng.integers(1, d))
        out.append(_case(f"random #{i + 1} ({n}x{d}, k={k})", _data(rng, n, d), k))
    d = int(rng.integers(3, 6))
    out.append(_case("all components (k = d)", _data(rng, 40, d), d))
    out.append(_case("one component", _data(rng, 50, 4), 1))
    out.append(_case("fewer examples than features", _data(rng, 6, 10), 3))
    out.append(_case("data far from the origin", _data(rng, 40, 3, offset=50.0), 2))
    X = np.rint(_data(rng, 30, 4) * 3).astype(np.int64)
    out.append(_case("integer data", X, 2))
    # Standard deviations from 10 down to 1e-7: a covariance matrix squares their ratios
    # below float64's rounding, so only the SVD of the data keeps the small directions.
    X = _data(rng, 40, 5, spread=[1.0, 1e-3, 1e-5, 2e-8, 1e-8])
    out.append(_case("spreads over eight orders of magnitude (k=4)", X, 4))
    # The same spreads on tall data (n >= 10 d): where scikit-learn's PCA, by default,
    # switches to the eigenvectors of the covariance matrix.
    X = _data(rng, 200, 5, spread=[1.0, 1e-3, 1e-5, 2e-8, 1e-8])
    out.append(_case("tall data (200 x 5), spreads over eight orders of magnitude (k=4)", X, 4))
    X = _data(rng, 60, 6, spread=[1.0, 0.1, 0.01, 1e-3, 1e-4, 1e-5]).astype(np.float32)
    out.append(_case(FLOAT32, X, 5))
    t = rng.normal(size=(60, 1))
    X = t @ rng.normal(size=(1, 5)) + 0.01 * rng.normal(size=(60, 5))
    out.append(_case("points almost on a line", X, 2, hidden=True))
    return out


def _fix(c):
    big = np.argmax(np.abs(c), axis=1)
    return c * np.sign(c[np.arange(len(c)), big])[:, None]


def _variants(X, k):
    X = np.asarray(X, dtype=float)
    Xc = X - X.mean(axis=0)
    _, s, vt = np.linalg.svd(Xc, full_matrices=False)
    good_c, good_r = _fix(vt[:k]), s[:k] ** 2 / np.sum(s**2)
    _, s0, vt0 = np.linalg.svd(X, full_matrices=False)
    yield ("components", _fix(vt0[:k]), "the data was not centred: subtract each column's mean "
           "before the SVD, or the first component points towards the mean")
    yield ("ratios", s0[:k] ** 2 / np.sum(s0**2), "the data was not centred: subtract each "
           "column's mean before the SVD")
    yield ("ratios", s[:k] ** 2 / np.sum(s[:k] ** 2), "the ratios are normalised over the k "
           "kept components only; divide by the sum over all singular values")
    yield ("ratios", s[:k] / np.sum(s), "the variance along a component is proportional to "
           "the squared singular value: use s**2")
    if vt.shape[0] == vt.shape[1]:
        yield ("components", _fix(vt.T[:k]), "these are columns of Vt (rows of V); the "
               "principal directions are the rows of Vt")
    yield ("components", good_c, None)
    yield ("ratios", good_r, None)


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:  # same()'s words would show the hidden case's expected values
        problem = "the values differ"
    X, k = case.args
    d = X.shape[1]
    if not (isinstance(got, tuple) and len(got) == 2):
        return problem + "; return a tuple (components, ratios)"
    comps, ratios = got
    if not isinstance(comps, np.ndarray) or comps.shape != (k, d):
        shape = getattr(comps, "shape", None)
        hint = f"; components must have shape ({k}, {d}): one row per component, one column per feature"
        if shape is not None and len(shape) == 2 and shape[0] == X.shape[0]:
            hint += " (this has one row per example: the directions are in Vt, not U)"
        elif shape == (d, k):
            hint += " (this is transposed)"
        return problem + hint
    if not isinstance(ratios, np.ndarray) or ratios.shape != (k,):
        return problem + f"; ratios must have shape ({k},)"
    if comps.dtype != np.float64 or ratios.dtype != np.float64:
        return (problem + "; return float64 arrays: convert X with np.asarray(X, "
                "dtype=np.float64) before centring (float32 data, as embeddings usually are, "
                "keeps only about 7 digits through the SVD)")
    if case.name == FLOAT32:
        Xf = np.asarray(X, dtype=np.float32)
        _, s32, vt32 = np.linalg.svd(Xf - Xf.mean(axis=0), full_matrices=False)
        if np.allclose(comps, _fix(vt32[:k]), rtol=1e-6, atol=1e-9) or np.allclose(
                ratios, s32[:k] ** 2 / np.sum(s32**2), rtol=1e-6, atol=1e-9):
            return (problem + "; the SVD ran in float32, the dtype of X, which keeps about 7 "
                    "digits and loses most of them on the directions of small spread: convert X "
                    "to float64 first (its float32 values are exact in float64)")
    right = {"components": False, "ratios": False}
    for which, wrong, advice in _variants(X, k):
        value = comps if which == "components" else ratios
        if not np.allclose(value, wrong, rtol=1e-6, atol=1e-9):
            continue
        good = expected[0] if which == "components" else expected[1]
        if advice is not None and np.allclose(good, wrong, rtol=1e-6, atol=1e-9):
            continue  # on this input the mistake gives the right values: it explains nothing
        if advice is None:
            right[which] = True
        elif not right[which]:
            return f"{problem}; {advice}"
    if not right["components"]:
        if np.allclose(np.abs(comps), np.abs(expected[0]), rtol=1e-6, atol=1e-9):
            return (problem + "; the components are right up to their signs: flip each row so "
                    "that its entry of largest absolute value is positive")
        Xc = np.asarray(X, dtype=float) - np.asarray(X, dtype=float).mean(axis=0)
        s = np.linalg.svd(Xc, compute_uv=False)
        off = [j for j in range(k)
               if not np.allclose(comps[j], expected[0][j], rtol=1e-6, atol=1e-9)]
        if off and all(s[j] < 1e-3 * s[0] for j in off):
            return (problem + f"; the components of the largest singular values are right, but "
                    f"component {off[0]}, whose singular value is about {s[off[0]] / s[0]:.0e} "
                    "of the largest, is not: a covariance (or X^T X) matrix squares that "
                    f"ratio (to about {(s[off[0]] / s[0]) ** 2:.0e}), which leaves that "
                    "direction only a few correct digits after rounding. Take the SVD of the "
                    "centred data itself (scikit-learn's PCA, with its default "
                    "svd_solver='auto', uses the covariance matrix on tall data like this)")
        if np.allclose(np.linalg.norm(comps, axis=1), 1.0, rtol=1e-6):
            return (problem + "; the components are unit vectors but not the principal "
                    "directions: take the first k rows of Vt from the SVD of the centred data")
        return problem + "; each component must be a unit vector: a row of Vt"
    return problem + "; ratio j is s_j**2 / sum(s**2) over all singular values"
