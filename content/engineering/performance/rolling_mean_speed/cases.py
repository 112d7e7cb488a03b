import numpy as np

from mldojo.grading.casekit import Case

# Each output is compared with its own window's mean: relative 1e-9, so float64
# rounding of a w-term sum (about w * 1e-16) passes by far, and the error that a
# running total carries after a spike of 1e12 fails by far: about 1e-4 on values
# of order 1 in float64, and still about 1e-7 in an x87 long double, which a
# looser 1e-7 would let through on some seeds and not others. The tiny atol only
# matters for means that cancel to about 0.
RTOL, ATOL = 1e-9, 1e-12
SPIKE = "a loss spike of 1e12 in the middle"
WIDE_SPIKE = "a loss spike of 1e12 in a long curve, with a wide window (n = 6000, w = 2000)"


def _case(name, x, w):
    return Case(name, (np.asarray(x, dtype=np.float64), int(w)), rtol=RTOL, atol=ATOL)


def _loss_curve(rng, n):
    """A noisy, decaying training loss: positive, of order 0.1 to 3."""
    steps = np.arange(n)
    return 0.2 + 2.5 * np.exp(-steps / (0.3 * n)) + 0.1 * rng.random(n)


def cases(rng):
    out = []
    for i in range(3):
        n = int(rng.integers(8, 60))
        w = int(rng.integers(2, n))
        out.append(_case(f"random #{i + 1} (n = {n}, w = {w})", rng.normal(size=n), w))
    n = int(rng.integers(5, 15))
    out.append(_case("window 1: every value is its own mean", rng.normal(size=n), 1))
    n = int(rng.integers(5, 15))
    out.append(_case("window = len(x): one window, the whole array", rng.normal(size=n), n))
    out.append(_case("a single value", rng.normal(size=1), 1))
    n = int(rng.integers(30, 50))
    out.append(_case("a noisy training loss", _loss_curve(rng, n), int(rng.integers(3, 8))))
    n = int(rng.integers(20, 40))
    x = 1e9 + rng.normal(size=n)
    out.append(_case("large values around 1e9", x, int(rng.integers(2, 6))))
    n = int(rng.integers(40, 60))
    x = _loss_curve(rng, n)
    x[n // 3] = 1e12 * (1 + rng.random())
    out.append(_case(SPIKE, x, int(rng.integers(3, 6))))
    # At these sizes scipy.signal.convolve (method="auto") switches to an FFT, whose
    # rounding error of the 1e12 spreads over every window; it stays direct, and passes,
    # for the small cases and the timing input.
    x = _loss_curve(rng, 6000)
    x[2000] = 1e12 * (1 + rng.random())
    out.append(_case(WIDE_SPIKE, x, 2000))
    return out


def timing(rng):
    return _case("timing", _loss_curve(rng, 15_000), 200)


def _describe_shape(n, w, length):
    if length == n - w:
        return ("one window too few: there are n - w + 1 windows. With a cumulative sum, "
                "put a 0 in front of it (np.concatenate(([0.0], np.cumsum(x))))")
    if length == n:
        return ("one value per input: only full windows count, so there are n - w + 1 "
                "(pandas' rolling(w).mean() puts w - 1 NaN in front; np.convolve needs "
                "mode='valid')")
    if length == n + w - 1:
        return "that is a full convolution: use mode='valid' to keep only full windows"
    return None


def diagnose(case, expected, got):
    x, w = case.args
    n = len(x)
    if not isinstance(got, np.ndarray):
        return "return a NumPy array of float64, e.g. with np.asarray(...)"
    if got.shape != expected.shape:
        if got.ndim == 1:
            return _describe_shape(n, w, len(got))
        return "return a 1-D array: one mean per window"
    if got.dtype != expected.dtype:
        return "keep float64 throughout: the input is float64 and so is the output"
    if np.isnan(got).any():
        return ("there is a NaN in the result: every position must be filled (np.empty "
                "leaves garbage), and no window here contains a NaN")
    if np.allclose(got, expected * w, rtol=1e-9, atol=1e-12) and w > 1:
        return "those are the window sums: divide by w to get the means"
    wrong = ~np.isclose(got, expected, rtol=case.rtol, atol=case.atol)
    error = np.abs(got - expected)
    if case.name in (SPIKE, WIDE_SPIKE) and error.max() <= 1e-9 * np.abs(x).sum():
        spike = int(np.argmax(x))
        if wrong[: spike - w + 1].any():
            return ("windows that end before the spike are off too, by up to "
                    f"{error.max():.0e}: an FFT-based convolution (scipy's fftconvolve, or "
                    "scipy.signal.convolve, which picks the FFT for long inputs and wide "
                    "windows) spreads the rounding error of the "
                    "1e12 over every output. Sum each window on its own "
                    "(np.lib.stride_tricks.sliding_window_view, or np.convolve with "
                    "mode='valid', which is direct)")
        after = int(np.count_nonzero(wrong[spike + 1:]))
        return (f"{after} of the {n - w - spike} windows after the spike are off, by up to "
                f"{error.max():.0e}: a running total (np.cumsum, adding and subtracting "
                "in a loop, or scipy.ndimage.uniform_filter1d, which does that inside) still "
                "holds the 1e12, and the difference of two such totals "
                "keeps only about 4 significant digits of a window of values of order 1. "
                "Sum each window on its own (np.lib.stride_tricks.sliding_window_view, or "
                "np.convolve with mode='valid')")
    return None
