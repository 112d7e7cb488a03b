import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12
DEFAULTS = {"level": 0.95, "n_resamples": 2000, "seed": 0}


def _results(rng, n, acc_a, gain, agree=0.9):
    """Correct/incorrect per example for two models that mostly agree."""
    a = rng.random(n) < acc_a
    b = a.copy()
    flip = rng.random(n) > agree
    b[flip] = rng.random(int(flip.sum())) < acc_a + gain
    return a, b


def _case(name, a, b, hidden=False, **kwargs):
    return Case(name, (a, b), kwargs=kwargs, rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        n = int(rng.integers(200, 800))
        out.append(_case(f"two models that mostly agree #{i + 1} (n = {n})",
                         *_results(rng, n, 0.8, float(rng.uniform(0.0, 0.1))),
                         seed=int(rng.integers(0, 10_000))))
    out.append(_case("the statement's example",
                     np.array([1, 1, 1, 1, 0, 0, 1, 1, 0, 1], dtype=bool),
                     np.array([1, 1, 1, 1, 1, 0, 1, 1, 1, 1], dtype=bool), n_resamples=1000))
    a, b = _results(rng, 300, 0.7, 0.05)
    out.append(_case("a 90% interval, 500 resamples", a, b, level=0.9, n_resamples=500, seed=7))
    a = rng.random(150) < 0.75
    out.append(_case("identical models: the gain is 0 on every resample", a, a.copy(), seed=3))
    a, b = _results(rng, 400, 0.85, -0.08)
    out.append(_case("a new model that is worse", a, b, seed=11))
    out.append(_case("one example", np.array([False]), np.array([True]), n_resamples=50))
    # Models that often disagree on many examples: the resampled gains take so many values
    # that the interval's ends move with the resample count, the seed or the percentiles.
    for i in range(2):
        out.append(_case(f"4,000 examples, frequent disagreements, the defaults #{i + 1}",
                         *_results(rng, 4000, 0.55, 0.02, agree=0.0)))
    # 13 resamples at 90%: the ends sit at sorted positions 0.6 and 11.4, between two
    # distinct resampled gains, so only linear interpolation gives them.
    out.append(_case("13 resamples: each end falls between two resampled gains",
                     np.arange(60) % 2 == 0, np.arange(60) % 3 == 0, n_resamples=13,
                     level=0.9, seed=1))
    out.append(_case("two models that mostly agree (hidden)", *_results(rng, 500, 0.9, 0.03),
                     seed=5, hidden=True))
    return out


def _unpaired(a, b, n_resamples=2000, level=0.95, seed=0):
    n = len(a)
    rng = np.random.default_rng(seed)
    rows_a = rng.integers(0, n, size=(n_resamples, n))
    rows_b = rng.integers(0, n, size=(n_resamples, n))
    gains = b.astype(float)[rows_b].mean(axis=1) - a.astype(float)[rows_a].mean(axis=1)
    return np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])


def _gains(a, b, n_resamples=2000, level=0.95, seed=0):
    rows = np.random.default_rng(seed).integers(0, len(a), size=(n_resamples, len(a)))
    return (b.astype(float) - a.astype(float))[rows].mean(axis=1)


def _interval(a, b, n_resamples=2000, level=0.95, seed=0):
    gains = _gains(a, b, n_resamples=n_resamples, seed=seed)
    return np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])


def _ignored_arguments(a, b, kwargs, low, high):
    """The arguments whose default gives the interval returned, where the case gives another."""
    ignored = []
    for name, default in DEFAULTS.items():
        if name in kwargs and kwargs[name] != default:
            as_default = {**kwargs, name: default}
            if np.allclose([low, high], _interval(a, b, **as_default), rtol=1e-9, atol=1e-12):
                ignored.append(name)
    return ignored


def _picked_by_position(gains, kwargs, low, high):
    """Whether each end is a sorted gain read off at a rounded position, not interpolated."""
    level, count = kwargs.get("level", 0.95), len(gains)
    for end, tail in ((low, (1 - level) / 2), (high, (1 + level) / 2)):
        at = int(count * tail)  # gains[int(R * q)] and gains[int(R * q) - 1]
        picks = [np.percentile(gains, 100 * tail, method=method)
                 for method in ("nearest", "lower", "higher")]
        picks += [gains[min(max(i, 0), count - 1)] for i in (at, at - 1)]
        if not np.any(np.isclose(end, picks, rtol=1e-9, atol=1e-12)):
            return False
    return True


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    if not (isinstance(got, tuple) and len(got) == 3):
        return f"{problem}; return a tuple (gain, low, high)"
    try:
        gain, low, high = (float(v) for v in got)
    except (TypeError, ValueError):
        return f"{problem}; return three numbers"
    if abs(gain - expected[0]) > 1e-12 and abs(gain + expected[0]) <= 1e-12:
        return (f"{problem}; the sign is flipped: the gain is accuracy(B) - accuracy(A), the "
                "new model's results minus the old one's, on the data as given and on every "
                "resample")
    n = len(case.args[0])
    if n > 1 and np.allclose([gain, low, high], n * np.asarray(expected), rtol=1e-9, atol=1e-9):
        return (f"{problem}; that is the difference in the number of examples each model got "
                "right: accuracy is that count divided by n, the mean of the bool array")
    if abs(gain - expected[0]) > 1e-12:
        return (f"{problem}; the gain is the observed accuracy of B minus that of A on the "
                "data as given, not an average over resamples")
    a, b = case.args
    ignored = _ignored_arguments(a, b, case.kwargs, low, high)
    if ignored:
        names = " or ".join(f"{name}={DEFAULTS[name]}" for name in ignored)
        return (f"{problem}; the interval is the one for {names}, the default, not for the "
                "value passed in: use the arguments given, not fixed values")
    level = case.kwargs.get("level", DEFAULTS["level"])
    gains = _gains(a, b, **case.kwargs)
    one_sided = np.percentile(gains, [100 * (1 - level), 100 * level])
    if np.allclose([low, high], one_sided, rtol=1e-9, atol=1e-12):
        return (f"{problem}; the ends are the {100 * (1 - level):g}th and {100 * level:g}th "
                "percentiles, which leave 1 - level in each tail: a two-sided interval leaves "
                "half of it in each, np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])")
    if (high - low) > 1.2 * (expected[2] - expected[1]) + 1e-12:
        if np.allclose([low, high], _unpaired(a, b, **case.kwargs), rtol=1e-9, atol=1e-12):
            return (f"{problem}; A and B were resampled with different rows: use the same "
                    "rows for both models (the pairing), so only the disagreements vary")
        return (f"{problem}; the interval is much wider than the paired one: pick both "
                "models' results with the same rows")
    if _picked_by_position(np.sort(_gains(a, b, **case.kwargs)), case.kwargs, low, high):
        return (f"{problem}; each end is one of the resampled gains, picked by position "
                "(a sorted index, or np.percentile with method='nearest', 'lower' or "
                "'higher'); np.percentile's default, which the statement asks for, "
                "interpolates linearly between the two sorted gains around that position")
    defaults = "" if case.kwargs else (" with the defaults n_resamples=2000, level=0.95 and "
                                       "seed=0")
    return (f"{problem}; draw rows once, rng.integers(0, n, size=(n_resamples, n)){defaults}, "
            "and take np.percentile(gains, [50 * (1 - level), 50 * (1 + level)])")
