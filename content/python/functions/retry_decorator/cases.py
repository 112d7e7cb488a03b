from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12
TRANSIENT = ["TimeoutError", "ConnectionError", "OSError"]


def _case(name, script, attempts, retry_on, base_delay=None, factor=None, **kw):
    """base_delay or factor None: simulate leaves it out, so retry's default is used."""
    return Case(name, (script, attempts, retry_on, base_delay, factor),
                rtol=RTOL, atol=ATOL, **kw)


def _random_script(rng, failures, end):
    script = [["raise", TRANSIENT[int(rng.integers(0, 3))]] for _ in range(failures)]
    return script + [end]


def cases(rng):
    out = []
    for i in range(4):
        attempts = int(rng.integers(2, 7))
        failures = int(rng.integers(0, attempts + 2))
        end = ["return", {"batch": int(rng.integers(0, 100)), "rows": int(rng.integers(1, 512))}]
        delay, factor = round(float(rng.uniform(0.05, 1.0)), 3), float(rng.choice([1.5, 2.0, 3.0]))
        out.append(_case(f"random flaky call {i + 1}", _random_script(rng, failures, end),
                         attempts, ["OSError"], delay, factor))
    out.append(_case("succeeds at once", [["return", "batch-7"]], 3, ["TimeoutError"]))
    out.append(_case("the default pauses (base_delay=0.1, factor=2.0 not given)",
                     [["raise", "TimeoutError"]] * 3 + [["return", "batch-7"]], 5,
                     ["TimeoutError"]))
    out.append(_case("succeeds on the last attempt",
                     [["raise", "TimeoutError"]] * 2 + [["return", [1, 2, 3]]], 3,
                     ["TimeoutError"], 0.25, 2.0))
    out.append(_case("every attempt fails: re-raise the last error",
                     [["raise", "TimeoutError"], ["raise", "TimeoutError"],
                      ["raise", "ConnectionError"]], 3, ["TimeoutError", "ConnectionError"],
                     1.0, 3.0))
    out.append(_case("a non-transient error is not retried",
                     [["raise", "TimeoutError"], ["raise", "KeyError"], ["return", 1]], 5,
                     ["TimeoutError"]))
    out.append(_case("a subclass of a transient class is transient",
                     [["raise", "ConnectionError"], ["raise", "TimeoutError"], ["return", "ok"]],
                     4, ["OSError"], 0.5, 2.0))
    out.append(_case("a parent class is not transient",
                     [["raise", "OSError"], ["return", "ok"]], 4, ["TimeoutError"]))
    out.append(_case("one attempt means no retry", [["raise", "TimeoutError"],
                                                    ["return", "never"]], 1, ["TimeoutError"]))
    out.append(_case("a falsy result is a success", [["raise", "TimeoutError"], ["return", None],
                                                      ["return", "late"]], 3, ["TimeoutError"]),
               )
    out.append(_case("no transient classes at all", [["raise", "RuntimeError"]], 3, [],
                     hidden=True))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected):
        return "simulate was changed: keep it as the starter has it"
    if got["name"] != expected["name"] or got["doc"] != expected["doc"]:
        return ("the decorated function lost the original's name or docstring: put "
                "@functools.wraps(fn) on the wrapper")
    e_out, g_out = expected["outcome"], got["outcome"]
    n_expected, n_got = len(expected["calls"]), len(got["calls"])
    if n_got and got["calls"][0] != [7, "val"]:
        return "pass the wrapper's *args and **kwargs on to the original function unchanged"
    if n_got > n_expected:
        if e_out[0] == "raised" and e_out[1] not in case.args[2] and n_expected < case.args[1]:
            return ("an exception that is not in retry_on was retried: only catch the classes "
                    "in retry_on, and let anything else propagate at once")
        if e_out[0] == "returned":
            return (f"call {n_expected} succeeded, so its result must be returned at once, "
                    "whatever it is (None and other falsy values included)")
        return f"too many calls: attempts = {case.args[1]} is the total number of calls"
    if n_got < n_expected:
        return ("too few calls: an exception whose class is in retry_on, or a subclass of one, "
                "must be retried while attempts remain (except retry_on: matches subclasses)")
    if e_out[0] == "raised" and g_out[:2] == e_out[:2] and g_out != e_out:
        return "re-raise the last exception itself (a bare raise), not an earlier one"
    if e_out[0] == "raised" and g_out[0] == "raised" and g_out[1] != e_out[1]:
        return ("when every attempt fails, re-raise the last exception as it is, not a new "
                "exception of another class")
    if e_out[0] != g_out[0] or same(e_out, g_out) is not None:
        return "return the original function's result as soon as a call succeeds"
    if len(got["sleeps"]) == len(expected["sleeps"]) + 1:
        return "there is a sleep after the last attempt: sleep only before another call"
    if len(got["sleeps"]) != len(expected["sleeps"]):
        return "sleep once before every retry, and only then"
    defaults = ("; this call leaves base_delay and factor to retry's defaults, 0.1 and 2.0"
                if case.args[3] is None and case.args[4] is None else "")
    return ("the pauses are wrong: before the (k + 2)-th call sleep base_delay * factor ** k, "
            f"with k starting at 0{defaults}")
