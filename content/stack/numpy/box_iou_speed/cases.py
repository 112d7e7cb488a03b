import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _boxes(rng, n, size=100.0):
    corner = rng.uniform(0, size, size=(n, 2))
    extent = rng.uniform(0, size / 3, size=(n, 2))
    return np.round(np.hstack([corner, corner + extent]), 1)


def _small_boxes(rng, n):
    """Boxes in normalised coordinates, crowded so that many pairs overlap: areas 4e-6 to 1e-4."""
    corner = rng.uniform(0, 0.02, size=(n, 2))
    extent = rng.uniform(0.002, 0.01, size=(n, 2))
    return np.round(np.hstack([corner, corner + extent]), 4)


def _case(name, A, B, hidden=False):
    return Case(name, (A, B), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = [_case(f"random boxes #{i + 1}", _boxes(rng, int(rng.integers(1, 12))),
                 _boxes(rng, int(rng.integers(1, 12)))) for i in range(3)]
    A = _boxes(rng, 5)
    out.append(_case("a set against itself (IoU 1 on the diagonal)", A, A.copy()))
    # As many boxes in B as in A, all of different areas: area_a along the columns and
    # area_b down the rows still broadcasts to (n, n), and only different areas show it.
    out.append(_case("three boxes against three others of different sizes",
                     np.array([[0.0, 0.0, 4.0, 4.0], [1.0, 1.0, 3.0, 2.0], [2.0, 0.0, 7.0, 6.0]]),
                     np.array([[1.0, 1.0, 2.0, 5.0], [0.0, 0.0, 6.0, 6.0], [3.0, 1.0, 4.0, 3.0]])))
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
    # Normalised coordinates: areas of 4e-6 to 1e-4, where an epsilon added to the union
    # (union + 1e-9, the usual guard against 0/0) changes the IoU in its fifth digit.
    out.append(_case("small boxes in normalised coordinates (areas 4e-6 to 1e-4)",
                     _small_boxes(rng, 12), _small_boxes(rng, 10)))
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
    if _areas_transposed(case, expected, got):
        return (f"{problem}; the areas are lined up along the wrong axis: A's areas go down "
                "the rows (area_a[:, None]) and B's along the columns (area_b[None, :])")
    if np.isnan(got).any():
        return (f"{problem}; two degenerate boxes have a union of 0: their IoU is 0.0, not "
                "NaN")
    float32 = np.array_equal(got, got.astype(np.float32).astype(np.float64))
    if float32 and np.allclose(got, expected, rtol=1e-5, atol=1e-7):
        return (f"{problem}; every IoU is a float32 number, so the IoUs agree to about 7 "
                "digits only: something was computed in float32. Keep float64 throughout")
    if _union_without_overlap(case, expected, got):
        return (f"{problem}; these IoUs are the intersection over area_a + area_b: that counts "
                "the overlap twice. The union is area_a + area_b - intersection")
    if _epsilon_in_union(case, expected, got):
        return (f"{problem}; every IoU that differs is slightly too small, by the same amount "
                "added to each union: an epsilon in the denominator (union + 1e-9) is not the "
                "IoU, and small boxes show it. Divide only where the union is > 0 and give "
                "0.0 elsewhere (np.divide(..., where=union > 0))")
    if np.allclose(got, expected, rtol=1e-5, atol=1e-7):
        return (f"{problem}; the IoUs agree to about 7 digits only: something was computed "
                "in float32. Keep float64 throughout")
    if ((expected == 0) & (got > 1e-9)).any():
        return (f"{problem}; some pairs that do not overlap get an IoU above 0: clip the width "
                "and the height at 0 separately, before multiplying them")
    return problem


def _intersection(A, B):
    w = np.minimum(A[:, None, 2], B[None, :, 2]) - np.maximum(A[:, None, 0], B[None, :, 0])
    h = np.minimum(A[:, None, 3], B[None, :, 3]) - np.maximum(A[:, None, 1], B[None, :, 1])
    return np.clip(w, 0, None) * np.clip(h, 0, None)


def _areas_transposed(case, expected, got):
    """Whether got is inter / (area_a[None, :] + area_b[:, None] - inter) on a square case."""
    A, B = case.args
    if len(A) != len(B) or len(A) == 0:
        return False
    inter = _intersection(A, B)
    area_a = (A[:, 2] - A[:, 0]) * (A[:, 3] - A[:, 1])
    area_b = (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1])
    union = area_a[None, :] + area_b[:, None] - inter
    fine = union > 0
    slip = np.divide(inter, union, out=np.zeros_like(inter), where=fine)
    if np.allclose(slip, expected, rtol=case.rtol, atol=case.atol):
        return False
    with np.errstate(all="ignore"):
        return bool(np.allclose(got[fine], slip[fine], rtol=1e-9, atol=1e-12))


def _union_without_overlap(case, expected, got):
    """Whether got is inter / (area_a + area_b), the union with the overlap counted twice."""
    A, B = case.args
    inter = _intersection(A, B)
    both = ((A[:, 2] - A[:, 0]) * (A[:, 3] - A[:, 1]))[:, None] + (
        (B[:, 2] - B[:, 0]) * (B[:, 3] - B[:, 1]))[None, :]
    slip = np.divide(inter, both, out=np.zeros_like(inter), where=both > 0)
    return bool(not np.allclose(slip, expected, rtol=case.rtol, atol=case.atol)
                and np.allclose(got, slip, rtol=1e-9, atol=1e-12))


def _epsilon_in_union(case, expected, got):
    """Whether got is inter / (union + eps) for one small eps > 0."""
    A, B = case.args
    with np.errstate(all="ignore"):
        w = np.minimum(A[:, None, 2], B[None, :, 2]) - np.maximum(A[:, None, 0], B[None, :, 0])
        h = np.minimum(A[:, None, 3], B[None, :, 3]) - np.maximum(A[:, None, 1], B[None, :, 1])
        inter = np.clip(w, 0, None) * np.clip(h, 0, None)
        close = np.isclose(got, expected, rtol=case.rtol, atol=case.atol)
        differ = (got > 0) & (inter > 0) & ~close
        if not differ.any():
            return False
        eps = inter[differ] / got[differ] - inter[differ] / expected[differ]
    return bool(np.isfinite(eps).all() and (eps > 0).all() and eps.max() < 1.5 * eps.min())
