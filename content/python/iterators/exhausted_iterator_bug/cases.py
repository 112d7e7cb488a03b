import math

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _cell(value, rng):
    style = int(rng.integers(0, 4))
    if style == 0:
        return f" {value:.4f} "
    if style == 1:
        return f"{value:.3e}"
    return repr(round(value, 5))


def _column(rng, n, *, missing=0.2):
    cells = []
    for v in rng.normal(float(rng.uniform(-50, 50)), float(rng.uniform(0.5, 20)), size=n):
        cells.append(str(rng.choice(["", " ", "  "])) if rng.random() < missing
                     else _cell(float(v), rng))
    return cells


def _case(name, raw, **kw):
    return Case(name, (raw,), rtol=RTOL, atol=ATOL, **kw)


def cases(rng):
    out = [_case(f"random column {i + 1}", _column(rng, int(rng.integers(5, 40))))
           for i in range(4)]
    out.append(_case("no missing cells", _column(rng, 12, missing=0.0)))
    out.append(_case("two values", [str(int(rng.integers(1, 9))), "", "10"]))
    out.append(_case("integers and negative numbers", ["-3", "0", "3", "-1", "1"]))
    out.append(_case("a constant column", ["2.5"] * int(rng.integers(2, 6))))
    # 0.1 * 3 sums to 0.30000000000000004: a float mean is off by 1e-17, the float std is
    # 1e-17, not 0, and dividing by it turns the equal values into -1.0 each.
    out.append(_case("a constant column of 0.1", ["0.1", " 0.1", "0.1"]))
    out.append(_case("values that differ by very little",
                     ["3e-12", "", "1e-12", "2e-12", " 2e-12 "]))
    out.append(_case("a single value", ["", f"{rng.uniform(1, 9):.2f}", " "], hidden=True))
    out.append(_case("only missing cells", ["", "  ", ""]))
    out.append(_case("an empty column", []))
    return out


def _population(raw, ddof):
    values = [float(c) for c in raw if c.strip()]
    if len(values) <= ddof:
        return None
    mean = sum(values) / len(values)
    std = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - ddof))
    return [0.0 if std == 0 else (v - mean) / std for v in values]


def _spread(values):
    """The population std of values, 0.0 for none."""
    if not values:
        return 0.0
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def diagnose(case, expected, got):
    (raw,) = case.args
    if not isinstance(got, list):
        return "return a list of floats"
    if got == [] and expected:
        return ("the result is still empty: the values were already used up by an earlier "
                "loop; an iterator can be looped over only once")
    if len(got) != len(expected):
        return "return one z-score per non-missing cell: skip only empty or blank cells"
    sample = _population(raw, 1)
    if sample and all(math.isclose(g, s, rel_tol=1e-6, abs_tol=1e-9)
                      for g, s in zip(got, sample)):
        return "this divides by n - 1 (the sample std): use the population std, dividing by n"
    values = [float(c) for c in raw if c.strip()]
    if values and min(values) == max(values) and any(g != 0 for g in got):
        return ("these values are all equal, yet a float mean of them can miss each by 1e-17, "
                "so a std computed from it is tiny, not 0, and dividing by it gives -1.0 or "
                "1.0: test whether the values are all equal (min == max), as the given "
                "mean_std did, not whether a computed std is 0")
    if expected and any(expected) and all(g == 0 for g in got) and _spread(values) > 1e-6:
        return ("these values clearly differ, yet every z-score is 0.0: the std came out 0 "
                "because mean_std loops over values twice (once for the mean, again for the "
                "variance) and an iterator is empty the second time; give mean_std a list")
    if expected and any(expected) and all(g == 0 for g in got):
        return ("these values differ, so their std is small but not 0: only a column whose "
                "values are all equal gets 0.0; compare std with 0, not with a threshold "
                "(or, if mean_std is given an iterator, its second loop sees nothing and "
                "the std comes out 0)")
    if any(isinstance(g, float) and math.isnan(g) for g in got):
        return "a constant column has std 0: return 0.0 for every value, not 0/0"
    return None


def compare(case, expected, got):
    if isinstance(got, list) and any(type(g) is int for g in got):
        return ("return a list of floats: a constant column gives 0.0 for each value, "
                "not the int 0")
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    hint = diagnose(case, expected, got)
    if case.hidden:  # same()'s words show values: keep only the diagnosis
        return hint or "the z-scores are wrong"
    return f"{problem}; {hint}" if hint else problem
