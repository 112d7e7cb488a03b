import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _boxes(rng, n, size=100.0):
    corner = rng.uniform(0, size, size=(n, 2))
    extent = rng.uniform(0, size / 3, size=(n, 2))
    return np.round(np.hstack([corner, corner + extent]), 1)


def _case(name, A, B, hidden=False):
    return Case(name, (A, B), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = [_case(f"random boxes #{i + 1}", _boxes(rng, int(rng.integers(1, 12))),
                 _boxes(rng, int(rng.integers(1, 12)))) for i in range(3)]
    A = _boxes(rng, 5)
    out.append(_case("a set against itself (IoU 1 on the diagonal)", A, A.copy()))
    out.append(_case("the statement's example",
                     np.array([[0.0, 0.0, 2.0, 2.0], [1.0, 1.0, 3.0, 3.0]]),
                     np.array([[1.0, 1.0, 2.0, 2.0], [5.0, 5.0, 6.0, 6.0], [0.0, 0.0, 0.0, 0.0]])))
    out.append(_case("boxes that touch at an edge, and far apart (no overlap)",
                     np.array([[0.0, 0.0, 1.0, 1.0], [10.0, 10.0, 20.0, 20.0]]),
                     np.array([[1.0, 0.0, 2.0, 1.0], [-5.0, -5.0, -4.0, -4.0]])))
    out.append(_case("degenerate boxes (zero width or height)",
                     np.array([[1.0, 1.0, 1.0, 4.0], [0.0, 0.0, 0.0, 0.0]]),
                     np.array([[0.0, 0.0, 2.0, 2.0], [0.0, 0.0, 0.0, 0.0]])))
    out.append(_case("boxes offset on both axes (negative width and height)",
                     np.array([[0.0, 0.0, 1.0, 1.0]]), np.array([[2.0, 2.0, 3.0, 3.0]])))
    out.append(_case("no boxes in A", np.zeros((0, 4)), _boxes(rng, 3)))
    out.append(_case("random boxes (hidden)", _boxes(rng, 15), _boxes(rng, 9), hidden=True))
    return out


def timing(rng):
    return _case("timing", _boxes(rng, 400), _boxes(rng, 300))


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the IoUs do not match"
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return (f"{problem}; the result pairs every box of A (rows) with every box of B "
                "(columns): give A's values shape (n, 1) and B's shape (1, m)")
    if np.isnan(got).any():
        return (f"{problem}; two degenerate boxes have a union of 0: their IoU is 0.0, not "
                "NaN")
    if np.allclose(got, expected, rtol=1e-5, atol=1e-7):
        return (f"{problem}; the IoUs agree to about 7 digits only: something was computed "
                "in float32. Keep float64 throughout")
    if ((expected == 0) & (got > 1e-9)).any():
        return (f"{problem}; some pairs that do not overlap get an IoU above 0: clip the width "
                "and the height at 0 separately, before multiplying them")
    return problem
