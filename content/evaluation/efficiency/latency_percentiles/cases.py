import math
import statistics

import numpy as np

from mldojo.grading.casekit import Case

RTOL, ATOL = 1e-9, 1e-12
KEYS = ("n", "mean_ms", "p50_ms", "p95_ms", "p99_ms", "max_ms")


def _timings(rng, n, median_ms, *, cold=0, spikes=0.0):
    """Log-normal service times in ns, a few slow cold-start requests first, rare spikes."""
    ms = rng.lognormal(np.log(median_ms), 0.15, size=n)
    ms[rng.random(n) < spikes] *= rng.uniform(3, 10)
    ms[:cold] = rng.uniform(10, 40, size=cold) * median_ms
    return np.round(ms * 1e6).astype(np.int64)


def _case(name, t, warmup=None, hidden=False):
    kwargs = {} if warmup is None else {"warmup": warmup}
    return Case(name, (t,), kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(2):
        n, cold = int(rng.integers(200, 1000)), int(rng.integers(3, 10))
        out.append(
            _case(
                f"{n} requests, {cold} warm-up",
                _timings(rng, n, rng.uniform(5, 40), cold=cold, spikes=0.02),
                cold,
            )
        )
    out.append(_case("no warm-up to drop (default)", _timings(rng, 300, 8.0, spikes=0.03)))
    out.append(
        _case(
            "a heavy tail: 5% of requests 3 to 10 times slower",
            _timings(rng, 500, 20.0, cold=5, spikes=0.05),
            5,
        )
    )
    out.append(_case("sub-millisecond model", _timings(rng, 400, 0.35, cold=2), 2))
    out.append(_case("plain Python list", _timings(rng, 40, 15.0, cold=1).tolist(), 1))
    out.append(_case("a single timing kept", _timings(rng, 4, 12.0, cold=3), 3))
    out.append(
        _case("20 requests (percentiles between ranks)", _timings(rng, 20, 30.0, spikes=0.1))
    )
    # The warm-up is the first requests, not the slowest ones: here one warm-up request was
    # already fast, and a pause later on is slower than every warm-up request.
    t = _timings(rng, 60, 10.0)
    t[[0, 1, 2]] = [300_000_000, 10_500_000, 150_000_000]
    t[int(rng.integers(20, 50))] = 400_000_000
    out.append(_case("a fast warm-up request and a later pause slower than the warm-up", t, 3))
    out.append(
        _case(
            "long benchmark, 10 warm-up (hidden)",
            _timings(rng, 2000, 11.0, cold=10, spikes=0.01),
            10,
            hidden=True,
        )
    )
    return out


def _summary(ms, method="linear"):
    p50, p95, p99 = np.percentile(ms, [50, 95, 99], method=method)
    return {
        "n": len(ms),
        "mean_ms": ms.mean(),
        "p50_ms": p50,
        "p95_ms": p95,
        "p99_ms": p99,
        "max_ms": ms.max(),
    }


def _matches(got, want):
    return all(
        math.isclose(float(got[k]), float(want[k]), rel_tol=1e-9, abs_tol=1e-12) for k in KEYS
    )


NEAREST = ("lower", "higher", "nearest", "inverted_cdf", "closest_observation")
# Interpolating definitions other than the default: "exclusive" is statistics.quantiles'
# default (rank p(n+1), as np.percentile's "weibull" inside the data), where the task's
# "linear" is its method="inclusive" (rank 1 + p(n-1)).
INTERPOLATING = (
    "exclusive",
    "weibull",
    "hazen",
    "median_unbiased",
    "normal_unbiased",
    "interpolated_inverted_cdf",
)


def _exclusive(ms):
    """statistics.quantiles' default: rank p(n + 1), extrapolated past the ends where
    np.percentile's "weibull" stops at the smallest and largest value."""
    if len(ms) < 2:
        return _summary(ms)
    q = statistics.quantiles(ms.tolist(), n=100)
    return {**_summary(ms), "p50_ms": q[49], "p95_ms": q[94], "p99_ms": q[98]}


def _close(a, b):
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


def _other_definition(values, expected, kept, methods):
    """The percentiles that follow one of `methods` where the others (and n, mean, max)
    are right: a rule of its own for p95 and p99 and np.median for p50 is common."""
    if not all(_close(values[k], expected[k]) for k in ("n", "mean_ms", "max_ms")):
        return []
    ranks = [_exclusive(kept) if m == "exclusive" else _summary(kept, m) for m in methods]
    ranked = []
    for key in ("p50_ms", "p95_ms", "p99_ms"):
        if _close(values[key], expected[key]):
            continue
        if not any(_close(values[key], r[key]) for r in ranks):
            return []
        ranked.append(key)
    return ranked


def _nearest_rank(values, expected, kept):
    return _other_definition(values, expected, kept, NEAREST)


def diagnose(case, expected, got):
    if not isinstance(got, dict):
        return f"return a dict with the keys {list(KEYS)}"
    if set(got) != set(KEYS):
        return f"the dict should have exactly the keys {list(KEYS)}, got {sorted(got)}"
    try:
        values = {k: float(got[k]) for k in KEYS}
    except (TypeError, ValueError):
        return "every value should be a single number"
    timings = np.asarray(case.args[0], dtype=float)
    warmup = case.kwargs.get("warmup", 0)
    kept = timings[warmup:] / 1e6
    for factor, unit in ((1e3, "microseconds"), (1e-3, "seconds"), (1e6, "nanoseconds")):
        scaled = {k: (v * factor if k != "n" else v) for k, v in expected.items()}
        if _matches(values, scaled):
            return f"the values are in {unit}: 1 ms is 10**6 ns, so divide the nanoseconds by 1e6"
    if warmup and _matches(values, _summary(timings / 1e6)):
        return (
            "the warm-up requests were kept: leave out the first `warmup` timings, "
            "which measure start-up, not serving"
        )
    if warmup and _matches(values, _summary(timings[:-warmup] / 1e6)):
        return "the last timings were dropped: the warm-up is the first `warmup` requests"
    # statistics.quantiles' default first: where its rank p(n + 1) is a whole number it
    # lands on a data point, as a nearest-rank rule does.
    exclusive = _other_definition(values, expected, kept, ("exclusive", "weibull"))
    interpolated = exclusive or _other_definition(values, expected, kept, INTERPOLATING)
    ranked = [] if exclusive else _nearest_rank(values, expected, kept)
    if ranked:  # each percentile right or a nearest rank, the other values right
        which = "the percentiles use" if len(ranked) == 3 else " and ".join(ranked) + " use"
        return (
            f"{which} a nearest-rank rule: use np.percentile's default, "
            "linear interpolation between the two nearest ranks"
        )
    if interpolated:
        which = (
            "the percentiles follow"
            if len(interpolated) == 3
            else " and ".join(interpolated) + " follow"
        )
        cause = (
            "statistics.quantiles' default, method='exclusive', which puts the p-th "
            "percentile at rank p(n + 1)"
            if exclusive
            else "another interpolation"
        )
        return (
            f"{which} a different percentile definition from the one asked: {cause}. "
            "The task asks for np.percentile's default, linear interpolation at rank "
            "1 + p(n - 1) (statistics.quantiles(..., method='inclusive') gives it too)"
        )
    if values["n"] in (len(kept) - 1, len(kept) + 1):
        # One timing too few or too many; an off-by-one that keeps none has no summary.
        shifted = [timings[w:] / 1e6 for w in (warmup + 1, warmup - 1) if 0 <= w < len(timings)]
        if any(_matches(values, _summary(ms)) for ms in shifted):
            return (
                f"{int(values['n'])} timings were kept instead of {len(kept)}: leave out "
                "exactly the first `warmup` (timings[warmup:])"
            )
    if values["n"] == 1 and len(kept) > 1:
        return (
            f"only 1 timing was kept out of {len(kept)}: check the slice (with warmup = 0, "
            "timings[warmup - 1:] is timings[-1:], the last timing alone)"
        )
    whole = [v for k, v in values.items() if k in ("p50_ms", "max_ms")]
    if (
        _matches(values, _summary(np.floor(kept)))
        or _matches(values, _summary(np.round(kept)))
        or (all(v == int(v) for v in whole) and not np.all(kept == np.round(kept)))
    ):
        zero = " (every request under 1 ms becomes 0)" if values["max_ms"] == 0 else ""
        return (
            "the durations were cut to whole milliseconds before the statistics"
            f"{zero}: integer division (// 10**6) or rounding drops the fraction; "
            "divide as floats, timings / 1e6"
        )
    if values["n"] <= len(kept) and values["max_ms"] < expected["max_ms"]:
        return (
            "the slowest requests were dropped: keep every timing after the warm-up; "
            "the tail is what p99 and max are there to show"
        )
    if math.isclose(values["p95_ms"], expected["mean_ms"] + 1.6448536 * kept.std(), rel_tol=1e-6):
        return "p95 is not mean + 1.645 sd (latencies are skewed): take the percentile"
    return None
