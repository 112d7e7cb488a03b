import numpy as np

from mldojo.grading.casekit import Case, same
from mldojo.grading.checks import TYPE_ONLY_HIDDEN, type_only

RTOL, ATOL = 1e-7, 1e-10


def _data(rng, n, d, rank_decay=0.6, offset=5.0):
    scales = rank_decay ** np.arange(d)
    basis, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return (rng.normal(size=(n, d)) * scales) @ basis.T + offset * rng.normal(size=d)


def _shares(X):
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    return np.cumsum(s**2 / np.sum(s**2))


def _case(name, X, target, hidden=False):
    return Case(name, (X, float(target)), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = [_case(f"random correlated features #{i + 1}", _data(rng, int(rng.integers(40, 200)),
                 int(rng.integers(3, 12))), rng.choice([0.8, 0.9, 0.95, 0.99])) for i in range(3)]
    out.append(_case("the statement's example",
                     np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]]), 0.75))
    out.append(_case("a target just above a component's cumulative share",
                     np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]]), 0.81))
    out.append(_case("data far from the origin (centring matters)",
                     _data(rng, 60, 4, offset=100.0), 0.9))
    # Columns around 10^6 with spreads of about 1 (raw counts, timestamps): a covariance
    # formed before centring, X^T X / n - mean mean^T (scikit-learn's PCA() does so on
    # tall data), keeps about four of its sixteen digits here.
    out.append(_case("columns around 10^6 with spreads of about 1",
                     _data(rng, 80, 4, offset=1e6), 0.9))
    out.append(_case("a target of 1: every component with variance", _data(rng, 30, 5), 1.0))
    out.append(_case("a target equal to the first component's share (0.8 is reached)",
                     np.array([[2.0, 0.0], [0.0, 1.0], [-2.0, 0.0], [0.0, -1.0]]), 0.8))
    # Targets a hair above the second cumulative share: inside the statement's 1e-12 slack
    # (reached with 2 components) and just beyond it (3 are needed).
    X = _data(rng, 50, 6)
    second = _shares(X)[1]
    out.append(_case("a target 0.7e-12 above a cumulative share (inside the slack)", X,
                     second + 0.7e-12))
    out.append(_case("a target 1.5e-12 above a cumulative share (beyond the slack)", X,
                     second + 1.5e-12))
    out.append(_case("fewer rows than features", _data(rng, 4, 7), 0.95))
    out.append(_case("random features (hidden)", _data(rng, 120, 10, rank_decay=0.8), 0.95,
                     hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if type_only(case, expected, got):  # right values: the type is the whole mistake
        return TYPE_ONLY_HIDDEN if case.hidden else problem
    if case.hidden:
        problem = "it does not match"
    if not (isinstance(got, tuple) and len(got) == 2):
        return f"{problem}; return a tuple (k, ratios)"
    X, target = case.args
    k, ratios = got
    s_raw = np.linalg.svd(X, compute_uv=False)
    s = np.linalg.svd(X - X.mean(axis=0), compute_uv=False)
    if isinstance(ratios, np.ndarray) and ratios.shape == expected[1].shape:
        right = np.allclose(ratios, expected[1], rtol=1e-6, atol=1e-9)
        if not right and np.allclose(ratios, s_raw**2 / np.sum(s_raw**2), rtol=1e-6):
            return f"{problem}; centre the columns of X before the SVD"
        scale = np.abs(X.mean(axis=0)).max() / max(float(X.std(axis=0).max()), 1e-300)
        if not right and scale > 1e4 and np.allclose(ratios, expected[1], rtol=1e-2, atol=1e-4):
            return (f"{problem}; close, but the ratios lost their digits: these columns sit "
                    "near 10^6 with spreads near 1, and a covariance formed before centring "
                    "(X^T X / n - mean mean^T, which scikit-learn's PCA() computes on tall "
                    "data unless given svd_solver='full') cancels most of them. Centre X "
                    "first and take the SVD of the centred matrix")
        if np.allclose(ratios, s / np.sum(s), rtol=1e-6):
            return (f"{problem}; the variance along a component is the square of its singular "
                    "value: ratios = s**2 / sum(s**2)")
        if right:
            count = ("k is a count of components (the position of the first cumulative sum "
                     "that reaches the target, plus one)")
            slack = ("k is the fewest components whose cumulative share is at least "
                     f"target - 1e-12 (here {target!r} - 1e-12): compare with exactly that "
                     "slack, not more and not less")
            # A target within a hair of a cumulative share is where the slack decides k:
            # one too few there is first a slack too large, and an off-by-one only if the
            # other cases are one short too.
            near = np.min(np.abs(np.cumsum(expected[1]) - target)) < 1e-6
            if near and not case.hidden:
                if k == expected[0] - 1:
                    return (f"{problem}; {slack}; or, if k is one short on the other cases "
                            f"too, {count}")
                return f"{problem}; {slack}"
            if k == expected[0] - 1:
                return f"{problem}; {count}"
            if not case.hidden:
                return f"{problem}; {slack}"
    return problem
