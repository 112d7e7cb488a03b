import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _case(name, x, y, hidden=False):
    return Case(name, (np.asarray(x, dtype=float), np.asarray(y, dtype=float)), rtol=RTOL,
                atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        n = int(rng.integers(5, 60))
        x = rng.uniform(-10, 10, size=n)
        out.append(_case(f"random noisy line #{i + 1}", x,
                         rng.normal(2, 3) * x + rng.normal(0, 20) + rng.normal(size=n)))
    out.append(_case("the statement's example", [1.0, 2.0, 3.0, 4.0], [3.0, 5.0, 7.0, 9.5]))
    x = rng.uniform(1e6, 1e6 + 100, size=30)
    out.append(_case("large x values (timestamps)", x, 0.5 * (x - 1e6) + rng.normal(size=30)))
    # x near 1e8 spread over 1000: n * sum(x * y) - sum(x) * sum(y) cancels about 10 of
    # float64's 16 digits, while centred formulas (and np.polyfit) keep 1e-10.
    x = 1e8 + np.array([0.0, 55, 130, 170, 260, 310, 395, 450, 530, 585, 660, 720, 790, 845,
                        910, 980])
    noise = np.array([0.4, -0.3, 0.1, 0.7, -0.6, 0.2, -0.1, 0.5, -0.4, 0.3, -0.7, 0.6, 0.0,
                      -0.2, 0.3, -0.5])
    out.append(_case("x near 1e8 (epoch seconds), spread over 1000", x,
                     0.5 * (x - 1e8) + 20.0 + noise))
    out.append(_case("a line far from the origin", [10.0, 11.0, 12.0], [100.0, 98.0, 96.0]))
    out.append(_case("all x equal: the horizontal line through the mean", [3.0, 3.0, 3.0],
                     [1.0, 2.0, 6.0]))
    out.append(_case("one point", [2.0], [5.0]))
    # Equal x values whose float mean is not exactly that value (0.1 * 3 / 3 rounds up), so
    # x - mean(x) is a tiny nonzero vector: the test must be on x, not on the centred spread.
    out.append(_case("all x equal to 0.1 (their float mean is not exactly 0.1)", [0.1] * 3,
                     [1.0, 2.0, 4.0]))
    x = rng.uniform(0, 5, size=20)
    out.append(_case("a noisy line (hidden)", x, -1.5 * x + 4 + rng.normal(size=20),
                     hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "the line does not match"
    if not (isinstance(got, tuple) and len(got) == 2):
        return f"{problem}; return a tuple (slope, intercept)"
    x, y = case.args
    try:
        slope, intercept = float(got[0]), float(got[1])
    except (TypeError, ValueError):
        return f"{problem}; return two numbers"
    if np.isnan(slope) or np.isnan(intercept):
        return (f"{problem}; when every x is the same, return (0.0, mean of y) instead of "
                "dividing by zero")
    if (np.isclose(slope, expected[1], rtol=1e-9, atol=ATOL)
            and np.isclose(intercept, expected[0], rtol=1e-9, atol=ATOL)):
        return f"{problem}; those are the intercept and the slope: return (slope, intercept)"
    if np.ptp(x) == 0:
        if slope != 0.0:
            return (f"{problem}; every x here is the same, so the slope must be 0.0; but the "
                    "float mean of equal values can differ from them in the last digit, and "
                    "then x - mean(x) and its spread are tiny but not 0: test the x values "
                    "themselves (np.ptp(x) == 0), not the centred spread")
        return (f"{problem}; every x here is the same: return (0.0, mean of y), the "
                "horizontal line through the mean of y")
    slope_right = np.isclose(slope, expected[0], rtol=1e-9, atol=ATOL)
    if slope_right:
        return (f"{problem}; the slope is right but the intercept is not: the line passes "
                "through the means, so intercept = mean(y) - slope * mean(x)")
    n = len(x)
    if n > 1 and expected[0] != 0 and any(
            np.isclose(slope, expected[0] * r, rtol=1e-9) for r in (n / (n - 1), (n - 1) / n)):
        return (f"{problem}; the slope is off by a factor n/(n-1): the covariance and the "
                "variance must use the same divisor (np.cov divides by n - 1, np.var by n)")
    if (x @ x) > 0 and np.isclose(slope, (x @ y) / (x @ x), rtol=1e-9) and not np.isclose(
            slope, expected[0], rtol=1e-9):
        return (f"{problem}; that line is forced through the origin: centre x and y first, "
                "and the intercept is mean(y) - slope * mean(x)")
    if (abs(x.mean()) > 1e3 * x.std() > 0
            and np.isclose(slope, expected[0], rtol=1e-2, atol=0.0)):  # close, not right
        return (f"{problem}; the slope lost digits to cancellation: with x near "
                f"{abs(x.mean()):.0e} but spread over only about {np.ptp(x):.3g}, sums such "
                "as sum(x * y) - n * mean(x) * mean(y) subtract two nearly equal huge "
                "numbers; centre x first (x - mean(x), and y - mean(y)), then sum the "
                "products of the deviations")
    dy = y - y.mean()
    if (dy @ dy) > 0 and np.isclose(slope, ((x - x.mean()) @ dy) / (dy @ dy), rtol=1e-9):
        return f"{problem}; that is x regressed on y: divide by the spread of x, not of y"
    return problem
