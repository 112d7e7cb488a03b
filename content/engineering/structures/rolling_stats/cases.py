import math

from mldojo.grading.casekit import Call, Case, same

RTOL, ATOL = 1e-9, 1e-12


def _value(rng):
    return float(round(rng.normal(0, 3), 2))


def _random_calls(rng, n):
    calls = []
    for _ in range(n):
        r = rng.random()
        if r < 0.6:
            calls.append(Call("push", (_value(rng),)))
        else:
            calls.append(Call("mean" if r < 0.8 else "max"))
    return tuple(calls)


def _queries():
    return (Call("mean"), Call("max"))


def _case(name, window, calls):
    return Case(name, (int(window),), calls=tuple(calls), rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for _ in range(3):
        window = int(rng.integers(2, 6))
        out.append(_case(f"random calls, window {window}", window, _random_calls(rng, 16)))

    out.append(_case("queries before any push", int(rng.integers(1, 5)), _queries()))

    values = [_value(rng) for _ in range(4)]
    calls = [c for v in values for c in (Call("push", (v,)), *_queries())]
    out.append(_case("window 1", 1, calls))

    values = [_value(rng) for _ in range(3)]
    calls = [Call("push", (v,)) for v in values] + list(_queries())
    out.append(_case("fewer pushes than the window", 10, calls))

    big = float(round(rng.uniform(50, 100), 2))
    small = [float(round(rng.uniform(0, 10), 2)) for _ in range(5)]
    calls = [Call("push", (big,)), *_queries()]
    for v in small:
        calls += [Call("push", (v,)), *_queries()]
    out.append(_case("the maximum leaves the window", 3, calls))

    values = [-float(round(rng.uniform(1, 20), 2)) for _ in range(5)]
    calls = [c for v in values for c in (Call("push", (v,)), Call("max"))]
    out.append(_case("only negative values", 2, calls))

    top = float(round(rng.uniform(20, 30), 2))
    rest = [float(round(rng.uniform(0, 10), 2)) for _ in range(4)]
    seq = [top, rest[0], top, rest[1], rest[2], rest[3]]
    calls = [c for v in seq for c in (Call("push", (v,)), Call("max"))]
    out.append(_case("the maximum pushed twice", 3, calls))

    a = float(round(rng.uniform(1, 10), 2))
    calls = [Call("push", (0.0,)), *_queries(), Call("push", (-a,)), *_queries(),
             Call("push", (a,)), *_queries()]
    out.append(_case("zero: a value of 0.0, and a window that sums to 0", 2, calls))

    window = int(rng.integers(5, 12))
    out.append(_case(f"a long stream, window {window}", window, _random_calls(rng, 80)))
    return out


# --- teaching messages ---------------------------------------------------------
# compare() sees one step at a time and not its position, so it replays the case
# itself and looks for a step whose right answer is `expected` and where a typical
# mistake gives `got`.

def _close(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    except (TypeError, ValueError):
        return False


def _mistakes(window, values, method):
    """The typical wrong answers after `values` were pushed, with what each means."""
    if not values:
        return []
    held = values[-window:]
    stat = max if method == "max" else (lambda v: sum(v) / len(v))
    stale = (f"{method}() still counts a value that should have left the window: only "
             "the last `window` values count (check the eviction after each push, and any "
             "running total or maximum kept across pushes)")
    wrong = [(stat(values[-window - 1:]), stale), (stat(values), stale)]
    if len(held) > 1:
        wrong.append((stat(held[1:]), "the window holds one value too few"))
    if method == "max":
        wrong.append((max(0.0, max(held)), "a running maximum that starts at 0 is wrong "
                      "when every value is negative: start from the first value"))
    else:
        wrong.append((sum(held) / window, "mean() divided by `window` before the window "
                      "was full: divide by the number of values held"))
        wrong.append((sum(values) / len(held), "the running total still holds the values "
                      "that left the window: subtract each evicted value from the total "
                      "as it leaves"))
    return wrong


def _explain(case, expected, got):
    window = case.args[0]
    values = []
    for call in case.calls:
        if call.method == "push":
            values.append(call.args[0])
            continue
        held = values[-window:]
        right = None
        if held:
            right = max(held) if call.method == "max" else sum(held) / len(held)
        if not _close(right, expected):
            continue
        for value, why in _mistakes(window, values, call.method):
            if not _close(value, right) and _close(value, got):
                return why
        if call.method == "max" and isinstance(got, float) and got < right:
            return ("max() lost a value that is still in the window: when the same value "
                    "is pushed twice, removing it by value as the older copy leaves also "
                    "removes the newer one; track positions, not values")
    return None


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if expected is None:
        hint = ("push() returns None, and so do mean() and max() while nothing has been "
                "pushed")
    elif got is None and _close(expected, 0.0):
        hint = ("the statistic is 0.0 here, but the window is not empty: a 0.0 mean or "
                "max is a value, so decide 'nothing pushed yet' from the number of values "
                "held, not from the statistic's truthiness (`if not total`, `x or None`)")
    elif got is None:
        hint = "there are values in the window here, so return their statistic, not None"
    else:
        hint = _explain(case, expected, got)
    return f"{problem}; {hint}" if hint else problem
