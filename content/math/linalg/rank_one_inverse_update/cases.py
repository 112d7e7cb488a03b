import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-6, 1e-9


def _invertible(rng, d, symmetric=False):
    M = rng.normal(size=(d, d))
    A = M @ M.T + d * np.eye(d) if symmetric else M + d * np.eye(d)
    return A


def _case(name, A, u, v, hidden=False):
    return Case(name, (np.linalg.inv(A), u, v), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        d = int(rng.integers(3, 9))
        out.append(
            _case(
                f"random non-symmetric A #{i + 1} (d = {d})",
                _invertible(rng, d),
                rng.normal(size=d),
                rng.normal(size=d),
            )
        )
    d = 5
    u = rng.normal(size=d)
    out.append(
        _case(
            "a symmetric A and u = v (a new example in X^T X)",
            _invertible(rng, d, symmetric=True),
            u,
            u.copy(),
        )
    )
    out.append(
        _case(
            "the statement's example",
            np.array([[2.0, 0.0], [1.0, 1.0]]),
            np.array([1.0, 0.0]),
            np.array([0.0, 1.0]),
        )
    )
    out.append(_case("d = 1", np.array([[4.0]]), np.array([2.0]), np.array([0.5])))
    out.append(_case("u = 0 changes nothing", _invertible(rng, 4), np.zeros(4), rng.normal(size=4)))
    # v chosen so that v^T A^-1 u = -1: the denominator 1 + v^T A^-1 u is 0
    A = _invertible(rng, 4)
    u = rng.normal(size=4)
    A_inv_u = np.linalg.solve(A, u)
    v = -A_inv_u / (A_inv_u @ A_inv_u)
    out.append(_case("an update that makes the matrix singular", A, u, v))
    # 1 + v^T A^-1 u near the 1e-12 threshold, on both sides. A^-1 u = (1, 0) exactly, so
    # the denominator is 1 + v[0], computed without rounding in any order of products.
    for name, gap in (
        ("just above 1e-12: still invertible", 1.5e-12),
        ("just below 1e-12 in absolute value: singular", -7e-13),
    ):
        out.append(
            _case(
                f"1 + v^T A^-1 u {name}",
                2.0 * np.eye(2),
                np.array([2.0, 0.0]),
                np.array([gap - 1.0, 3.0]),
            )
        )
    out.append(
        _case(
            "a random update (hidden)",
            _invertible(rng, 6),
            rng.normal(size=6),
            rng.normal(size=6),
            hidden=True,
        )
    )
    return out


def compare(case, expected, got):
    A_inv, u, v = case.args
    den = 1.0 + v @ (A_inv @ u)
    if expected is None:
        if got is None:
            return None
        return (
            f"1 + v^T A^-1 u is {den:.2g} here, so A + u v^T is singular: return None "
            "when its absolute value is below 1e-12"
        )
    if got is None:
        return (
            f"1 + v^T A^-1 u is {den:.2g} here, not below 1e-12 in absolute value, so "
            "A + u v^T is invertible: return None only under the statement's threshold"
        )
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the inverse does not match"
    if not isinstance(got, np.ndarray) or got.shape != expected.shape:
        return problem
    a, b = A_inv @ u, v @ A_inv
    den = 1.0 + v @ a
    swaps = {
        "v^T A^-1 is `v @ A_inv`, not `A_inv @ v` (they differ unless A is symmetric)": A_inv
        - np.outer(a, A_inv @ v) / (1.0 + v @ a),
        "the numerator is the outer product of A^-1 u (a column) with v^T A^-1 (a row), "
        "in that order": A_inv - np.outer(b, a) / den,
        "subtract the correction: A^-1 - (A^-1 u v^T A^-1) / (1 + v^T A^-1 u)": A_inv
        + np.outer(a, b) / den,
        "the denominator is 1 + v^T A^-1 u": A_inv - np.outer(a, b),
    }
    for advice, wrong in swaps.items():
        if np.allclose(got, wrong, rtol=1e-6, atol=1e-9):
            return f"{problem}; {advice}"
    return problem
