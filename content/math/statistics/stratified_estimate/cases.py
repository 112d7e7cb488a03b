import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _sample(rng, sizes, sampled, rates):
    values, strata = [], []
    for (name, _), n, rate in zip(sizes.items(), sampled, rates, strict=True):
        values.append((rng.random(n) < rate).astype(float))
        strata += [name] * n
    order = rng.permutation(len(strata))  # the sample arrives mixed, not grouped
    return np.concatenate(values)[order], [strata[int(i)] for i in order]


def _case(name, values, strata, population, hidden=False):
    return Case(name, (values, strata, dict(population)), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        sizes = {
            "high": int(rng.integers(500, 2000)),
            "medium": int(rng.integers(5000, 20000)),
            "low": int(rng.integers(50000, 200000)),
        }
        sampled = [int(v) for v in rng.integers(50, 300, size=3)]
        out.append(
            _case(
                f"an oversampled risky segment #{i + 1}",
                *_sample(rng, sizes, sampled, rng.uniform([0.2, 0.03, 0.001], [0.5, 0.1, 0.01])),
                sizes,
            )
        )
    values = rng.normal(50, 20, size=60).round(2)
    strata = ["web", "web", "app", "app", "store", "store"]  # at least two of each
    strata += [str(s) for s in rng.choice(["web", "app", "store"], size=54)]
    population = {s: int(rng.integers(100, 5000)) for s in ("web", "app", "store")}
    out.append(_case("spend per customer (continuous values)", values, strata, population))
    out.append(
        _case(
            "the statement's example",
            np.array([1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]),
            ["high"] * 4 + ["low"] * 4,
            {"high": 100, "low": 9900},
        )
    )
    sizes = {"reviewed": 40, "rest": 4000}
    values, strata = _sample(rng, sizes, [40, 100], [0.3, 0.05])
    out.append(_case("a stratum labelled in full (no uncertainty from it)", values, strata, sizes))
    sizes = {"a": 300, "b": 700}
    values, strata = _sample(rng, sizes, [30, 70], [0.4, 0.1])
    out.append(_case("a proportional sample (the plain mean is right here)", values, strata, sizes))
    out.append(
        _case(
            "a stratum where every value is the same",
            np.array([1.0, 1.0, 1.0, 0.0, 1.0, 0.0]),
            ["x", "x", "x", "y", "y", "y"],
            {"x": 50, "y": 60},
        )
    )
    sizes = {"new": 2000, "returning": 30000, "dormant": 90000}
    out.append(
        _case(
            "an oversampled risky segment (hidden)",
            *_sample(rng, sizes, [150, 100, 60], [0.3, 0.06, 0.01]),
            sizes,
            hidden=True,
        )
    )
    return out


def _variant(values, strata, population, *, sample_weights=False, ddof=1, fpc=True, power=2):
    labels = np.asarray(strata)
    total = len(values) if sample_weights else sum(population.values())
    est, var = 0.0, 0.0
    for stratum, size in population.items():
        s = values[labels == stratum]
        w = (len(s) if sample_weights else size) / total
        est += w * s.mean()
        var += w**power * ((1 - len(s) / size) if fpc else 1.0) * s.var(ddof=ddof) / len(s)
    return est, float(np.sqrt(var))


def _terms(values, strata, population):
    """Each stratum's share of the estimate's variance, W_h^2 (1 - n_h/N_h) s_h^2 / n_h."""
    labels = np.asarray(strata)
    total = sum(population.values())
    out = []
    for stratum, size in population.items():
        s = values[labels == stratum]
        out.append((size / total) ** 2 * (1 - len(s) / size) * s.var(ddof=1) / len(s))
    return out


def _near(a, b):
    return abs(a - b) <= 1e-9 * abs(b) + 1e-15


def compare(case, expected, got):
    if not (isinstance(got, tuple) and len(got) == 2):
        return "return a tuple (estimate, standard_error)"
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    try:
        estimate, error = float(got[0]), float(got[1])
    except (TypeError, ValueError):
        return f"{problem}; return two numbers"
    values, strata, population = case.args
    plain = float(np.mean(values))
    if abs(estimate - plain) < 1e-12 and abs(plain - expected[0]) > 1e-9:
        return (
            f"{problem}; that is the plain mean of the sample, which over-represents "
            "the oversampled strata: weight each stratum's mean by N_h / N"
        )
    if abs(estimate - expected[0]) > 1e-9 * max(1.0, abs(expected[0])):
        return (
            f"{problem}; the estimate is sum over strata of (N_h / N) times the stratum's "
            "sample mean, with N_h from the population"
        )
    for switches, advice in (
        (dict(ddof=0), "the sample variance s_h^2 divides by n_h - 1 (ddof=1)"),
        (
            dict(fpc=False),
            "multiply each stratum's term by the finite-population correction 1 - n_h / N_h",
        ),
        (
            dict(power=1),
            "each stratum's variance term is weighted by W_h squared: the "
            "variance of W_h times a mean is W_h^2 times its variance",
        ),
    ):
        if abs(error - _variant(values, strata, population, **switches)[1]) < 1e-12:
            return f"{problem}; {advice}"
    if _near(error, sum(np.sqrt(t) for t in _terms(values, strata, population))):
        return (
            f"{problem}; the strata's standard errors were added up: independent errors add "
            "as variances, not as standard deviations, so add the strata's terms "
            "W_h^2 (1 - n_h/N_h) s_h^2 / n_h and take one square root at the end. Added "
            "errors overstate the uncertainty (with two equal strata by up to 41%), so the "
            "interval is too wide and the labels seem to have bought less than they did"
        )
    n, total = len(values), sum(population.values())
    uncorrected = _variant(values, strata, population, fpc=False)[1]
    if _near(error, float(np.sqrt(1 - n / total)) * uncorrected):
        return (
            f"{problem}; one finite-population correction, 1 - n/N for the whole sample, "
            "was applied to the total: each stratum is sampled on its own, so each term "
            "needs its own 1 - n_h/N_h. A small stratum labelled almost in full has almost "
            "no uncertainty left, which one overall correction cannot see: it leaves that "
            "stratum's error nearly whole"
        )
    if any(_near(error, float(np.std(values, ddof=d)) / np.sqrt(n)) for d in (0, 1)):
        return (
            f"{problem}; that is the standard error of the plain mean of the pooled sample "
            "(the spread of all values over sqrt(n)), as if the items had been drawn "
            "uniformly: it ignores the strata, so the differences between strata count as "
            "noise and each item is weighted by the sample instead of the population; "
            "combine the strata's own variances s_h^2 / n_h, each weighted by W_h^2"
        )
    if abs(error - expected[1] ** 2) <= 1e-9 * expected[1] ** 2 + 1e-15:
        return (
            f"{problem}; this is the variance of the estimate: the standard error is its "
            "square root"
        )
    return (
        f"{problem}; the standard error is sqrt(sum of W_h^2 (1 - n_h/N_h) s_h^2 / n_h), "
        "with W_h = N_h / N"
    )
