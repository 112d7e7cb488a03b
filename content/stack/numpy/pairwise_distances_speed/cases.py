import numpy as np

from mldojo.grading.casekit import Case


def _points(rng, n, d, scale=1.0):
    return rng.normal(scale=scale, size=(n, d))


def cases(rng):
    out = []
    for i in range(3):
        n, m, d = (int(v) for v in rng.integers(1, 12, size=3))
        out.append(Case(f"random #{i + 1} ({n}x{d} and {m}x{d})",
                        (_points(rng, n, d), _points(rng, m, d)), rtol=1e-6, atol=1e-9))
    # Forty points against themselves: expanding the square rounds some of the forty
    # zero distances slightly below 0 on every seed, so a missing clip always shows.
    X = _points(rng, 40, 8)
    out.append(Case("identical points (distance 0, never nan)", (X, X.copy()),
                    rtol=1e-6, atol=1e-6))
    # Points 1e-3 apart: rounding their coordinates to float32 moves some distance by over
    # 2.5e-6 of itself on every seed (3,000 tried), the float64 expansion by under 1e-8.
    X = _points(rng, 6, 8)
    out.append(Case("nearby points (X[i] and Y[i] about 3e-3 apart)",
                    (X, X + _points(rng, 6, 8, 1e-3)), rtol=1e-6, atol=1e-9))
    out.append(Case("one dimension", (_points(rng, 4, 1), _points(rng, 6, 1)), rtol=1e-6))
    out.append(Case("large coordinates", (_points(rng, 6, 4, 1e3), _points(rng, 5, 4, 1e3)),
                    rtol=1e-6, atol=1e-6))
    return out


def timing(rng):
    return Case("timing", (_points(rng, 300, 16), _points(rng, 300, 16)), rtol=1e-6, atol=1e-6)


def diagnose(case, expected, got):
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return "return the (n, m) array of distances, one row per row of X"
    if np.isnan(got).any():
        return ("some distances are nan: a squared distance from the expansion rounded to "
                "slightly below 0, and np.sqrt of a negative number is nan; clip it with "
                "np.maximum(squared, 0) before the square root")
    diagonal, want_diagonal = np.diagonal(got), np.diagonal(expected)
    if len(diagonal) > 1 and not diagonal.any() and want_diagonal.all():
        return ("the diagonal is 0, but X[i] and Y[i] are different points here: only a "
                "point and an identical one are at distance 0. Set nothing by hand; clip the "
                "squared distances at 0 (np.maximum(squared, 0)) instead")
    X, Y = case.args
    squared = ((X[:, None, :] - Y[None, :, :]) ** 2).sum(axis=-1)
    if np.allclose(got, squared, rtol=1e-6, atol=1e-6):
        return "these are squared distances: take the square root"
    if got.dtype != np.float64:
        return "return float64 distances, as the inputs are"
    if np.allclose(got, expected, rtol=1e-3, atol=1e-3):
        return ("close, but only to a few digits: something was computed in float32, which "
                "keeps about 7 digits, and a distance much smaller than the coordinates loses "
                "most of them (in X - Y as in the expansion's subtraction). Keep float64 "
                "throughout")
    return None
