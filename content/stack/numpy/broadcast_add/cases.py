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
    out.append(Case("one row", (rng.normal(size=(1, 5)), rng.normal(size=1))))
    out.append(Case("one column", (rng.normal(size=(4, 1)), rng.normal(size=4))))
    out.append(Case("no rows", (np.zeros((0, 3)), np.zeros(0))))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    X, offsets = case.args
    n = X.shape[0]
    columns = ("; it looks like the offsets were added along the columns: "
               "make offsets a column of shape (n, 1) so each row gets its own")
    if hasattr(got, "shape") and got.shape == expected.shape and X.shape[0] == X.shape[1]:
        if np.allclose(got, X + offsets):
            return problem + columns
    if hasattr(got, "shape") and X.shape[1] == 1 and n > 1 and got.shape == (n, n):
        # (n, 1) + (n,) broadcasts to (n, n): every row got every offset.
        return problem + columns
    return problem
