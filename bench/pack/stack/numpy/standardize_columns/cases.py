import numpy as np

from mldojo.grading.casekit import Case


def cases(rng):
    out = []
    for i in range(18):
        n, d = rng.integers(2, 40), rng.integers(1, 12)
        out.append(Case(f"random #{i + 1}", (rng.normal(3, 2, size=(n, d)),)))
    out.append(Case("a constant column", (np.column_stack([np.ones(5), rng.normal(size=5)]),)))
    out.append(Case("one row", (rng.normal(size=(1, 4)),)))
    return out
