import numpy as np

from mldojo.grading.casekit import Case

RTOL = 1e-5
SCALE_ATOL = 1e-6  # times the largest |gradient| of the case: for means that cancel to ~0


def _grads(rng, k, shape, low=-5.0, high=1.0, noise=0.3):
    """K float16 gradients whose elements have magnitudes from 10**low to 10**high."""
    scale = 10.0 ** rng.uniform(low, high, size=shape)
    sign = np.where(rng.random(shape) < 0.8, 1.0, -1.0)
    return [(sign * scale * (1 + noise * rng.normal(size=shape))).astype(np.float16)
            for _ in range(k)]


def _case(name, grads, hidden=False):
    top = max(float(np.max(np.abs(g.astype(np.float64)))) for g in grads)
    return Case(name, (grads,), rtol=RTOL, atol=max(SCALE_ATOL * top, 1e-12), hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        k = int(rng.integers(100, 400))
        out.append(_case(f"random gradients #{i + 1} (K = {k})",
                         _grads(rng, k, (int(rng.integers(5, 20)),))))
    out.append(_case("K = 4,096 gradients of 1.0 (the float16 total stalls at 2048)",
                     [np.ones(3, dtype=np.float16)] * 4096))
    out.append(_case("K = 1,024 gradients of 0.1", [np.full(4, 0.1, dtype=np.float16)] * 1024))
    out.append(_case("loss-scaled gradients of about 2,000 (the float16 total overflows)",
                     _grads(rng, 64, (5,), low=3.2, high=3.4, noise=0.05)))
    out.append(_case("tiny gradients of about 1e-5 (float16 subnormals)",
                     _grads(rng, 512, (6,), low=-5.2, high=-4.8, noise=0.1)))
    out.append(_case("a single micro-batch", _grads(rng, 1, (7,))))
    out.append(_case("a 2-D weight gradient, K = 256", _grads(rng, 256, (4, 3))))
    out.append(_case("small gradients next to large ones, K = 2,048",
                     _grads(rng, 2048, (8,), low=-4.0, high=2.0)))
    out.append(_case("random gradients (hidden)", _grads(rng, 300, (6,)), hidden=True))
    return out


def diagnose(case, expected, got):
    (grads,) = case.args
    if not isinstance(got, np.ndarray):
        return "return a NumPy array"
    if got.shape != expected.shape:
        return "return one value per parameter element: the shape of one gradient"
    if got.dtype != np.float32:
        if got.dtype == np.float16:
            return "return float32: the result of the accumulation is a float32 array"
        return "return float32 (a float64 result is twice the memory on the GPU)"
    if np.isinf(got).any():
        return ("inf in the result: a float16 total of large gradients overflows (float16's "
                "largest value is 65,504). Accumulate in float32")
    totals = np.cumsum([g.astype(np.float64) for g in grads], axis=0)
    if np.isnan(got).any() and np.max(np.abs(totals)) > 65504:
        return ("NaN in the result: a float16 total of these gradients passes float16's "
                "largest value, 65,504, and overflows to inf, and inf - inf (as a compensated "
                "sum computes) or inf * 0 is NaN. No float16 trick avoids the overflow: "
                "accumulate in float32")
    exact = np.mean([g.astype(np.float64) for g in grads], axis=0)
    half = exact.astype(np.float16).astype(np.float64)
    if np.allclose(got, half, rtol=1e-7, atol=0) and not np.allclose(half, exact, rtol=RTOL):
        return ("the result was rounded to float16 somewhere (np.mean of a float16 array "
                "returns float16): convert to float32 before summing, and stay there")
    k = len(grads)
    with np.errstate(all="ignore"):
        running = np.zeros(grads[0].shape, dtype=np.float16)
        for g in grads:
            running += g
        accumulated = (running / k).astype(np.float64)
        divided = np.sum([(g / np.float16(k)).astype(np.float32) for g in grads], axis=0,
                         dtype=np.float64)
    if np.allclose(got, divided, rtol=1e-6, atol=0) and not np.allclose(divided, exact,
                                                                          rtol=RTOL):
        return ("each gradient was divided by K in float16 before the float32 sum: g / K "
                "is rounded to float16's 11 significant bits, and a small gradient divided "
                "by K can fall below float16's smallest numbers, to 0. Add up the gradients "
                "in float32 first and divide the total by K once")
    if np.allclose(got, accumulated, rtol=1e-6, atol=0):
        return ("the running total lost digits: a float16 accumulator rounds every addition "
                "to 11 significant bits. Accumulate in float32 (np.zeros(shape, "
                "dtype=np.float32) and grad.astype(np.float32))")
    return ("the mean is less accurate than float32 arithmetic gives: a value was rounded to "
            "float16 on the way. Convert each gradient to float32, add them up in float32, "
            "and divide the total by K once")
