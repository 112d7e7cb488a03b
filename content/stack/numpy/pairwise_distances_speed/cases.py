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
    X = _points(rng, 5, 3)
    out.append(Case("identical points (distance 0, never nan)", (X, X.copy()),
                    rtol=1e-6, atol=1e-6))
    out.append(Case("one dimension", (_points(rng, 4, 1), _points(rng, 6, 1)), rtol=1e-6))
    out.append(Case("large coordinates", (_points(rng, 6, 4, 1e3), _points(rng, 5, 4, 1e3)),
                    rtol=1e-6, atol=1e-6))
    return out


def timing(rng):
    return Case("timing", (_points(rng, 300, 16), _points(rng, 300, 16)), rtol=1e-6, atol=1e-6)
