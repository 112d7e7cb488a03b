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


def _only_again_differs(case, expected, got):
    first = [k for k in expected if k != "again"]
    return (same({k: expected[k] for k in first}, {k: got[k] for k in first},
                 rtol=case.rtol, atol=case.atol) is None
            and same(expected["again"], got["again"], rtol=case.rtol, atol=case.atol) is not None)


# The classes simulate() can raise, to tell a subclass of a retry_on class from a stranger.
CLASSES = {e.__name__: e for e in (TimeoutError, ConnectionError, OSError, ValueError,
                                   KeyError, RuntimeError)}


def _transient(name, retry_on):
    return issubclass(CLASSES[name], tuple(CLASSES[r] for r in retry_on))


def _raised_at(script, call):
    """The class the script raises on this call (1-based), or None when it returns."""
    kind, payload = script[min(call, len(script)) - 1]
    return payload if kind == "raise" else None


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected) or not isinstance(
            got["again"], dict) or set(got["again"]) != set(expected["again"]):
        return "simulate was changed: keep it as the starter has it"
    if _only_again_differs(case, expected, got):
        again, want = got["again"], expected["again"]
        if isinstance(again, dict) and again.get("calls") == want["calls"] and \
                again.get("outcome") == want["outcome"]:
            pauses = "" if case.hidden else (
                f" (pauses: {again.get('sleeps')}; expected: {want['sleeps']})")
            return ("the first call was right, but the pauses of a second call of the same "
                    f"decorated function were not{pauses}: every call starts again from "
                    "base_delay * factor ** 0, so compute the delay from the attempt number "
                    "in the wrapper (or keep it in a local variable of the wrapper), not in "
                    "the decorator's scope (nonlocal), where it keeps growing from call to "
                    "call")
        counts = "" if case.hidden else (
            f" (calls made: {got['again']['calls']}; expected: {expected['again']['calls']})")
        return ("the first call was right, but a second call of the same decorated function "
                f"was not{counts}: every call gets its own attempts, so count them in local "
                "variables of the wrapper, not in the decorator's scope (nonlocal) or on an "
                "attribute that outlives the call")
    if case.hidden:  # a hidden case's input stays hidden: say the rule only
        return _rule_broken(case, expected, got)
    script, attempts, retry_on = case.args[:3]
    if got["name"] != expected["name"] or got["doc"] != expected["doc"]:
        return (f"the decorated function is named {got['name']!r}, not 'fetch_batch', or lost "
                "its docstring: put @functools.wraps(fn) on the wrapper")
    e_out, g_out = expected["outcome"], got["outcome"]
    n_expected, n_got = len(expected["calls"]), len(got["calls"])
    if n_got and got["calls"][0] != [7, "val"]:
        return (f"the original was called with {got['calls'][0]}, not (7, shard='val'): pass "
                "the wrapper's *args and **kwargs on to it unchanged")
    if n_got > n_expected:
        last = _raised_at(script, n_expected)
        if last is not None and not _transient(last, retry_on):
            return (f"call {n_expected} raised {last}, which is not in retry_on {retry_on} nor "
                    f"a subclass of one, yet your wrapper called again ({n_got} calls): catch "
                    "only retry_on (except retry_on:), so anything else propagates at once")
        if last is None:
            return (f"call {n_expected} succeeded, yet your wrapper called again ({n_got} "
                    "calls): return its result at once, whatever it is (None and other "
                    "falsy values included)")
        return (f"your wrapper made {n_got} calls, but attempts = {attempts} is the total "
                "number of calls, the first one included: stop after call "
                f"{attempts} (a loop of range(attempts), not range(attempts + 1))")
    if n_got < n_expected:
        stopped = _raised_at(script, n_got) if n_got else None
        if stopped is not None and stopped not in retry_on and _transient(stopped, retry_on):
            return (f"call {n_got} raised {stopped}, a subclass of a class in retry_on "
                    f"{retry_on}, and your wrapper did not retry it: `type(exc) in retry_on` "
                    "misses subclasses; `except retry_on:` or isinstance(exc, retry_on) "
                    "matches them")
        return (f"your wrapper stopped after {n_got} of the {n_expected} calls expected: an "
                "exception whose class is in retry_on must be retried while attempts remain "
                f"(attempts = {attempts})")
    if e_out[0] == "raised" and g_out[0] == "returned":
        return (f"every one of the {n_expected} calls failed, yet your wrapper returned "
                f"{g_out[1]!r} instead of raising: after the last attempt re-raise its "
                "exception (a bare raise), never swallow it")
    if e_out[0] == "raised" and g_out[:3] == e_out and g_out[3:] == ["a new exception"]:
        return (f"your wrapper raised a new {g_out[1]} with the last one's message; re-raise "
                f"the exception from call {n_expected} itself (a bare raise, or the last call "
                "outside the try), so the caller gets the original with its traceback")
    if e_out[0] == "raised" and g_out != e_out:
        earlier = [f"call {k}" for k in range(1, n_expected)]
        if g_out[2] in earlier and g_out[1] == _raised_at(script, int(g_out[2][5:])):
            return (f"your wrapper raised the exception from {g_out[2]}, an earlier one; when "
                    f"every attempt fails re-raise the last exception (from call {n_expected}) "
                    "itself, e.g. a bare raise in the except block of the last attempt")
        return (f"your wrapper raised a new {g_out[1]}({g_out[2]!r}); when every attempt "
                "fails, re-raise the last exception itself (a bare raise), so the caller "
                "sees the real reason")
    if e_out[0] == "returned" and g_out[0] == "raised":
        return (f"call {n_expected} succeeded, yet your wrapper raised {g_out[1]}: return the "
                "original function's result as soon as a call succeeds")
    if same(e_out, g_out) is not None:
        return ("your wrapper did not return the value the successful call returned: return "
                "fn(*args, **kwargs) unchanged")
    e_sleeps, g_sleeps = expected["sleeps"], got["sleeps"]
    last = _raised_at(script, n_got) if n_got else None
    if len(g_sleeps) > len(e_sleeps) and last is not None and not _transient(last, retry_on):
        return (f"call {n_got} raised {last}, which is not in retry_on {retry_on} nor a "
                "subclass of one, and your wrapper slept before letting it through: any other "
                "exception propagates at once, with no sleep; sleep only after catching one "
                "in retry_on")
    if not g_sleeps and e_sleeps:
        return (f"your wrapper made the right {n_got} calls but never called the sleep it "
                "was given: pause by calling the sleep parameter, sleep(delay), not "
                "time.sleep, so that a caller (and these checks) can replace it")
    if len(g_sleeps) == len(e_sleeps) + 1:
        return (f"your wrapper slept {len(g_sleeps)} times for {n_got} calls: there is a sleep "
                "after the last attempt; sleep only before another call")
    if len(g_sleeps) != len(e_sleeps):
        return (f"your wrapper slept {len(g_sleeps)} times for {n_got} calls: sleep exactly "
                "once before every retry, that is, calls - 1 times")
    k = next(i for i, (e, g) in enumerate(zip(e_sleeps, g_sleeps, strict=True))
             if same(e, g, rtol=case.rtol, atol=case.atol) is not None)
    factor = 2.0 if case.args[4] is None else case.args[4]
    defaults = ("; this call leaves base_delay and factor to retry's defaults, 0.1 and 2.0"
                if case.args[3] is None and case.args[4] is None else "")
    shifted = ("; yours is factor times too long, so your k starts at 1"
               if same(e_sleeps[k] * factor, g_sleeps[k], rtol=1e-9) is None else "")
    return (f"pause {k + 1} (before call {k + 2}) is wrong: it must be "
            f"base_delay * factor ** {k}, with k counted from 0{shifted}{defaults}")


def _rule_broken(case, expected, got):
    """The rule a hidden case shows broken, in words that give away none of its input."""
    script, attempts, retry_on = case.args[:3]
    e_out, g_out = expected["outcome"], got["outcome"]
    n_expected, n_got = len(expected["calls"]), len(got["calls"])
    if got["name"] != expected["name"] or got["doc"] != expected["doc"]:
        return "the decorated function lost its name or docstring: use @functools.wraps(fn)"
    if n_got > n_expected:
        last = _raised_at(script, n_expected)
        if last is not None and not _transient(last, retry_on):
            return ("an exception that is not in retry_on was retried: catch only the "
                    "classes in retry_on (except retry_on:) and let anything else "
                    "propagate at once")
        return "too many calls: attempts is the total number of calls, the first included"
    if n_got < n_expected:
        return ("too few calls: an exception in retry_on (or a subclass of one) must be "
                "retried while attempts remain")
    if e_out[0] == "raised" and g_out[0] == "returned":
        return ("every call failed, yet your wrapper returned instead of raising: re-raise the "
                "last exception (a bare raise), never swallow it")
    if e_out != g_out:
        return ("the outcome differs: return the first successful result, or re-raise the "
                "last exception itself when every attempt fails")
    last = _raised_at(script, n_got) if n_got else None
    if (len(got["sleeps"]) > len(expected["sleeps"]) and last is not None
            and not _transient(last, retry_on)):
        return ("your wrapper slept before letting through an exception that is not in "
                "retry_on: any other exception propagates at once, with no sleep")
    if not got["sleeps"] and expected["sleeps"]:
        return "your wrapper never called the sleep it was given: call the sleep parameter"
    return ("the pauses differ: sleep base_delay * factor ** k before the (k + 2)-th call, "
            "and never after the last attempt")
