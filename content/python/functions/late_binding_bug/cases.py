from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12
COLUMNS = ["age", "income", "clicks", "dwell_s", "n_items", "rating"]


def _column(rng, n):
    centre, spread = float(rng.uniform(-100, 1000)), float(rng.uniform(1, 300))
    if rng.random() < 0.3:
        return [int(v) for v in rng.integers(int(centre), int(centre + spread) + 2, size=n)]
    return [round(float(v), 3) for v in rng.normal(centre, spread, size=n)]


def _tables(rng, n_cols):
    names = [COLUMNS[int(i)] for i in rng.choice(len(COLUMNS), n_cols, replace=False)]
    train, test = {}, {}
    for name in names:
        train[name] = _column(rng, int(rng.integers(2, 12)))
        low, high = min(train[name]), max(train[name])
        width = (high - low) or 1.0
        test[name] = [round(float(v), 3)
                      for v in rng.uniform(low - 0.3 * width, high + 0.3 * width,
                                           size=int(rng.integers(1, 8)))]
    return train, test


def _case(name, train, test, **kw):
    return Case(name, (train, test), rtol=RTOL, atol=ATOL, **kw)


def cases(rng):
    out = [_case(f"random tables {i + 1}", *_tables(rng, int(rng.integers(2, 5))))
           for i in range(4)]
    out.append(_case("two columns, very different ranges",
                     {"age": [18, 90, 45], "income": [20000.0, 150000.0]},
                     {"age": [18, 54, 90], "income": [85000.0]}))
    out.append(_case("a constant column last",
                     {"clicks": [0, 10], "bias": [1.0, 1.0, 1.0]},
                     {"clicks": [5, 20], "bias": [1.0, 3.0]}))
    out.append(_case("a constant column first",
                     {"bias": [2, 2], "rating": [1, 5]}, {"bias": [2, 0], "rating": [3, 5, 1]}))
    out.append(_case("test values outside the training range are not clipped",
                     {"a": [0.0, 10.0], "b": [-1.0, 1.0]}, {"a": [-5.0, 15.0], "b": [3.0]}))
    out.append(_case("a column in tiny units (a range far below 1, but not 0)",
                     {"dose_kg": [2e-12, 6e-12, 3e-12], "age": [20, 60]},
                     {"dose_kg": [4e-12, 1e-12], "age": [30]}))
    out.append(_case("an empty test column", {"a": [1, 3], "b": [0, 4]}, {"a": [], "b": [2]}))
    train, test = _tables(rng, 1)
    out.append(_case("one column", train, test))
    train, test = _tables(rng, 3)
    out.append(_case("fit on train, not on test", train, test, hidden=True))
    return out


def _last_range(train, test):
    low, high = min(list(train.values())[-1]), max(list(train.values())[-1])
    if high == low:
        return None
    return {c: [(x - low) / (high - low) for x in v] for c, v in test.items()}


def _fit_on_test(test):
    out = {}
    for c, v in test.items():
        if not v or max(v) == min(v):
            out[c] = [0.0] * len(v)
        else:
            out[c] = [(x - min(v)) / (max(v) - min(v)) for x in v]
    return out


def _half_bound(train, test, own):
    """Each column scaled with its own `own` bound ("low" or "high") and the last column's
    other bound: a fix that binds only one of the two; None where that divides by 0."""
    last = list(train.values())[-1]
    out = {}
    for c, v in test.items():
        lo, hi = min(train[c]), max(train[c])
        if hi == lo:
            out[c] = [0.0] * len(v)
            continue
        lo, hi = (lo, max(last)) if own == "low" else (min(last), hi)
        if hi == lo:
            return None
        out[c] = [(x - lo) / (hi - lo) for x in v]
    return out


def _fit_on_both(train, test):
    """Scalers fitted on train and test together."""
    out = {}
    for c, v in test.items():
        both = list(train[c]) + list(v)
        lo, hi = min(both), max(both)
        out[c] = [0.0 if hi == lo else (x - lo) / (hi - lo) for x in v]
    return out


def _clipped(expected, got):
    """Whether got is expected clipped to [0, 1], with some value outside it."""
    clipped = {c: [min(max(x, 0.0), 1.0) for x in v] for c, v in expected.items()}
    return clipped != expected and _close(got, clipped)


def _close(a, b):
    return isinstance(a, dict) and same(a, b, rtol=1e-7, atol=1e-9) is None


def diagnose(case, expected, got):
    train, test = case.args
    if not isinstance(got, dict):
        return "return a dict from column name to a list of floats"
    if list(got) != list(test):
        return "return one entry per test column, in test's order"
    if _close(got, _last_range(train, test)):
        return ("every column is still scaled with the last column's range: the scalers "
                "read low and high when they are called, after the loop has ended")
    on_test, on_both = _close(got, _fit_on_test(test)), _close(got, _fit_on_both(train, test))
    if (on_test or on_both) and _clipped(expected, got):
        return ("test values outside the training range were mapped into [0, 1]: fit on "
                "train alone (not on test, nor on train and test together) and do not clip, "
                "so they map below 0 or above 1")
    if on_test and on_both:
        return ("the scalers must be fitted on train alone (its min and max), not on test "
                "nor on train and test together, then applied to test")
    if on_test:
        return "the scalers must be fitted on train (its min and max), then applied to test"
    if on_both:
        return ("the scalers were fitted on train and test together: fit on train alone (its "
                "min and max), then apply them to test; test values may fall outside [0, 1]")
    for c, v in got.items():
        lo, hi = min(train[c]), max(train[c])
        if (hi > lo and isinstance(v, list) and v and all(x == 0 for x in v)
                and any(x != 0 for x in expected[c])):
            return (f"column {c!r} was scaled to 0.0 as if constant, but its training range is "
                    "tiny but not 0: only a column whose training values are all equal "
                    "scales to 0.0; compare high with low exactly, not with a threshold")
    for own, other in (("low", "high"), ("high", "low")):
        if _close(got, _half_bound(train, test, own)):
            return (f"each scaler binds its own {own} but still reads {other} when it is "
                    f"called, after the loop: bind both, lambda x, low=low, high=high: ...")
    if any(isinstance(x, float) and x != x for v in got.values() for x in v):
        return "a constant training column must scale every value to 0.0, not NaN"
    if _clipped(expected, got):
        return "do not clip: a test value outside the training range maps below 0 or above 1"
    names = list(test)
    if len(names) > 1 and same(expected[names[-1]], got.get(names[-1]), rtol=1e-7) is None:
        return ("the last column is right but an earlier one is not: each scaler must use its "
                "own column's low and high, both bound when the scaler is made")
    return None


def compare(case, expected, got):
    if isinstance(got, dict) and any(
            isinstance(v, list) and any(type(x) is int for x in v) for v in got.values()):
        return ("every scaled value must be a float: a constant column scales to 0.0, "
                "not the int 0")
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        if list(got) != list(expected):
            return "return the columns in test's order"
        return None
    hint = diagnose(case, expected, got)
    if case.hidden:  # same()'s words show values: keep only the diagnosis
        return hint or "the scaled values are wrong"
    return f"{problem}; {hint}" if hint else problem
