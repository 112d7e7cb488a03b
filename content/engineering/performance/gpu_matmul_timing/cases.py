"""Times cannot be compared exactly: they are checked against a physical ceiling and
against the reference's times for the same n, measured on the same GPU in the same check.
"""

import math

import numpy as np

from mldojo.grading.casekit import Case

CEILING = 2e15  # FLOP/s: above any GPU's float32 (even TF32) matmul throughput
MEDIAN_FACTOR = 3.0
EACH_FACTOR = 2.5


def cases(rng):
    out = []
    for n in (4096, int(rng.choice([3072, 4096, 6144]))):
        repeats = int(rng.integers(5, 11))
        out.append(Case(f"n = {n}, {repeats} timed products after 3 warm-ups",
                        (n, 3, repeats, "cuda")))
    out.append(Case("an explicit device, cuda:0", (4096, 2, 4, "cuda:0")))
    out.append(Case("a single timed product", (8192, 2, 1, "cuda")))
    return out


def compare(case, expected, got):
    n, _, repeats, _ = case.args
    if not isinstance(got, list):
        return (f"return a list of {repeats} floats (milliseconds), not "
                f"{type(got).__name__}")
    if len(got) != repeats:
        return f"return one time per timed product: {repeats}, not {len(got)}"
    if not all(isinstance(t, float) and not isinstance(t, bool) for t in got):
        return "each time should be a Python float: start.elapsed_time(end) gives one"
    if not all(math.isfinite(t) and t > 0 for t in got):
        return "every time should be a finite number above 0"
    flops = 2.0 * n**3
    fastest = min(got)
    if flops / (fastest / 1e3) > CEILING:
        return (f"{fastest:.4g} ms for a {n} x {n} product is {flops / fastest / 1e9:.3g} "
                "TFLOP/s, faster than any GPU: you timed the launch, not the work. CUDA "
                "calls return once the work is queued; synchronise before reading the clock, "
                "or use CUDA events")
    reference = float(np.median(expected))
    median = float(np.median(got))
    if median > 100 * reference:
        return (f"the median is {median / reference:.0f} times the reference's: are the "
                "times in seconds or microseconds? Return milliseconds")
    if median < reference / MEDIAN_FACTOR:
        return (f"the median time is {reference / median:.1f} times shorter than the GPU "
                "needs for this product: part of the work is not inside the timed region. "
                "Wait for the product to finish (end.synchronize() or "
                "torch.cuda.synchronize()) before reading the time")
    if median > reference * MEDIAN_FACTOR:
        return (f"the median time is {median / reference:.1f} times longer than the GPU "
                "needs for this product: time only the product (no allocation, copy or "
                "print inside the timed region)")
    slow = [i for i, t in enumerate(got) if t > EACH_FACTOR * reference]
    if slow:
        first = slow[0]
        if first == 0:
            return ("the first timed product is much slower than the rest: it still pays "
                    "for the warm-up (run the warm-up products first, and synchronise after "
                    "them so their queued work is not counted)")
        return (f"timed product {first + 1} is {got[first] / reference:.1f} times slower than "
                "the GPU needs: time each product on its own, from its start to its end")
    return None
