import numpy as np

from mldojo.grading.casekit import Case, same


def cases(rng):
    out = []
    for i in range(4):
        n, d = rng.integers(2, 7, size=2)
        out.append(Case(f"random #{i + 1} ({n}x{d})", (rng.normal(size=(n, d)), rng.normal(size=n))))
    n = int(rng.integers(2, 6))
    out.append(Case("square X (the silent trap)",
                    (rng.normal(size=(n, n)), rng.normal(size=n))))
    out.append(Case("integer X, float offsets",
                    (rng.integers(-5, 5, size=(3, 4)), rng.normal(size=3))))
    out.append(Case("float32 X and offsets (stays float32)",
                    (rng.normal(size=(4, 3)).astype(np.float32),
                     rng.normal(size=4).astype(np.float32))))
    out.append(Case("integer X, integer offsets (stays integer)",
                    (rng.integers(-5, 5, size=(2, 3)), rng.integers(-5, 5, size=2))))
    out.append(Case("one row", (rng.normal(size=(1, 5)), rng.normal(size=1))))
    out.append(Case("one column", (rng.normal(size=(4, 1)), rng.normal(size=4))))
    out.append(Case("no rows", (np.zeros((0, 3)), np.zeros(0))))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    X, offsets = case.args
    n, d = X.shape
    column = "reshape offsets into a column of shape (n, 1), so that row i gets offsets[i]"
    if not isinstance(got, np.ndarray):
        return problem + "; return a new NumPy array: X plus offsets as a column of shape (n, 1)"
    if got.shape == expected.shape and n == d and np.allclose(got, X + offsets):
        return (problem + "; the offsets were added along the columns: entry [i, j] got "
                "offsets[j] instead of offsets[i] (X + offsets lines the vector up with the "
                f"columns, and it only runs because X is square); {column}")
    if X.shape[1] == 1 and n > 1 and got.shape == (n, n):
        return (problem + f"; X is ({n}, 1) and offsets ({n},): they broadcast to ({n}, {n}), "
                f"every row getting every offset; {column}")
    if got.shape == (d, n) and (n != d or np.allclose(got, expected.T)):
        return (problem + "; the result is transposed: (X.T + offsets) has shape (d, n); "
                f"transpose it back, or better, {column}")
    if got.shape == expected.shape and got.dtype != expected.dtype and got.dtype != X.dtype:
        return (problem + f"; X is {X.dtype} and offsets {offsets.dtype}, and NumPy makes "
                f"their sum {expected.dtype}: the result was converted to {got.dtype} "
                "(np.asarray(X, dtype=float), X.astype(...)); add the offsets to X as it "
                "comes and let NumPy choose the dtype")
    if got.shape == expected.shape and got.dtype != expected.dtype:
        return (problem + f"; X is {X.dtype} and offsets {offsets.dtype}, and NumPy makes "
                f"their sum {expected.dtype}: writing the sum into an array made like X "
                "(np.empty_like(X), X.copy()) casts it back; return the sum "
                "itself")
    if got.shape == expected.shape and np.allclose(got, X):
        return problem + "; the offsets were not added at all"
    return problem + f"; row i of the result is X[i] + offsets[i]: {column}"
