"""Batches of deep, GPU-heavy work: the GPU is still busy when a buggy `embed` returns,
so rows missing from the output show up reliably. The host never imports torch."""

import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-5, 1e-6


def _case(name, rng, n, d, depth, batch_size, device, hidden=False):
    X = rng.normal(size=(n, d)).astype(np.float32)
    return Case(name, (X, int(rng.integers(0, 2**31)), int(depth), int(batch_size), device),
                rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        batch = int(rng.choice([512, 1024, 2048]))
        out.append(_case(f"random job #{i + 1} (8192 rows, batches of {batch})", rng, 8192,
                         int(rng.integers(16, 128)), int(rng.integers(12, 20)), batch, "cuda"))
    out.append(_case("a last batch shorter than the others", rng, 5000, 32, 16, 1024, "cuda"))
    out.append(_case("one batch holds every row", rng, 3000, 48, 24, 4096, "cuda:0"))
    out.append(_case("no hidden layers", rng, 4096, 64, 0, 256, "cuda"))
    out.append(_case("the same code on the CPU", rng, 200, 16, 2, 64, "cpu"))
    out.append(_case("random job (hidden)", rng, 8192, 64, 16, 1024, "cuda", hidden=True))
    return out


def compare(case, expected, got):
    X = case.args[0]
    if not isinstance(got, np.ndarray):
        return f"return a NumPy array, not {type(got).__name__}: out.numpy()"
    if got.shape != expected.shape or got.dtype != np.float32:
        return (f"return a float32 array of shape {expected.shape}, one row per row of X; got "
                f"{got.dtype} {got.shape}")
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the embeddings do not match"
    rows_ok = np.all(np.isclose(got, expected, rtol=case.rtol, atol=case.atol), axis=1)
    missing = int((~rows_ok).sum())
    if rows_ok.any():
        return (f"{problem}; {missing} of {len(X)} rows are wrong while the others are "
                "right: those rows were read before the GPU had copied them. A "
                "non_blocking copy into pinned memory is only queued; wait for the GPU "
                "before reading the buffer")
    return (f"{problem}; no row is right: keep the starter's network and weights (drawn "
            "on the CPU from the seed, in the order input, hidden, output) and wait for "
            "the GPU's copies before reading the buffer")
