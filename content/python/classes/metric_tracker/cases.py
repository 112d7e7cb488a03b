from dataclasses import replace

from mldojo.grading.casekit import Call, Case, same

RTOL, ATOL = 1e-9, 1e-12
NAMES = ["loss", "acc", "f1", "grad_norm"]


def _update(rng, name):
    value = round(float(rng.uniform(0, 2)), 4)
    n = int(rng.choice([1, 8, 32, 64, 64, 64, 3]))
    if rng.random() < 0.3:
        return Call("update", (name, value))  # the default n = 1
    return Call("update", (name, value), {"n": n})


def _random_calls(rng, n_calls, with_reset):
    calls = []
    for _ in range(n_calls):
        roll = rng.random()
        name = NAMES[int(rng.integers(0, len(NAMES)))]
        if roll < 0.55:
            calls.append(_update(rng, name))
        elif roll < 0.7:
            calls.append(Call("mean", (name,)))
        elif roll < 0.8:
            calls.append(Call("count", (name,)))
        elif roll < 0.92 or not with_reset:
            calls.append(Call("summary"))
        else:
            calls.append(Call("reset"))
    calls += [Call("summary")] + [Call("mean", (n,)) for n in NAMES]
    return tuple(calls)


def _case(name, calls, **kw):
    return Case(name, (), calls=tuple(calls), rtol=RTOL, atol=ATOL, **kw)


def cases(rng):
    U = lambda name, v, n: Call("update", (name, v), {"n": n})  # noqa: E731
    M, C, S = (lambda n: Call("mean", (n,))), (lambda n: Call("count", (n,))), Call("summary")
    # First, two trackers in a row: state kept on the class, which every tracker shares,
    # shows in the second one's first summary(), so the first failing case names it
    # (anywhere later, the first failure was a random epoch or a weighted mean).
    out = [
        _case("a fresh tracker starts empty (train)", [U("loss", 0.7, 16), U("acc", 0.5, 16), S]),
        _case(
            "a fresh tracker starts empty (validation)",
            [S, M("loss"), U("loss", 0.9, 8), S, C("loss")],
        ),
    ]
    out += [
        _case(f"random epoch {i + 1}", _random_calls(rng, int(rng.integers(12, 25)), i > 0))
        for i in range(4)
    ]
    out.append(
        _case(
            "a small last batch must not count as much as a full one",
            [U("loss", 1.0, 64), U("loss", 1.0, 64), U("loss", 4.0, 2), M("loss"), C("loss")],
        )
    )
    out.append(
        _case(
            "the default batch size is 1",
            [
                Call("update", ("acc", 1.0)),
                Call("update", ("acc", 0.0)),
                U("acc", 0.5, 2),
                M("acc"),
                C("acc"),
            ],
        )
    )
    out.append(
        _case(
            "a metric with no updates",
            [M("loss"), C("loss"), S, U("acc", 0.9, 10), M("loss"), C("loss")],
        )
    )
    out.append(
        _case(
            "reset starts a new epoch",
            [
                U("loss", 2.0, 10),
                U("acc", 0.1, 10),
                Call("reset"),
                M("loss"),
                C("acc"),
                S,
                U("loss", 1.0, 5),
                M("loss"),
                C("loss"),
                S,
            ],
        )
    )
    out.append(
        _case(
            "summary lists metrics in first-update order",
            [
                U("lr", 0.1, 1),
                U("loss", 0.3, 4),
                U("lr", 0.2, 1),
                U("acc", 0.5, 4),
                S,
                Call("reset"),
                U("acc", 0.6, 2),
                U("lr", 0.01, 1),
                S,
            ],
        )
    )
    out.append(
        _case(
            "an empty or negative batch is refused and changes nothing",
            [
                U("loss", 0.5, 2),
                Call("update", ("loss", 0.9), {"n": 0}, raises="ValueError"),
                Call("update", ("acc", 0.1), {"n": -int(rng.integers(1, 5))}, raises="ValueError"),
                M("loss"),
                C("loss"),
                M("acc"),
                C("acc"),
                S,
                U("acc", 0.3, 2),
                S,
            ],
        )
    )
    out.append(
        _case(
            "a value of zero is a value", [U("loss", 0.0, 3), M("loss"), C("loss"), S], hidden=True
        )
    )
    # A fresh Call at every step, so compare() can find the step it is given by identity.
    return [replace(case, calls=tuple(replace(c) for c in case.calls)) for case in out]


def _replay(case, call, *, weighted, resets):
    """What `call` returns in a tracker with a known flaw (unweighted means, no reset)."""
    upto = next((i for i, c in enumerate(case.calls) if c is call), None)
    if upto is None or call.method not in ("mean", "count", "summary"):
        return None
    batches = {}
    for earlier in case.calls[:upto]:
        if earlier.method == "update" and not earlier.raises:
            name, value, *rest = earlier.args
            n = rest[0] if rest else earlier.kwargs.get("n", 1)
            batches.setdefault(name, []).append((value, n))
        elif earlier.method == "reset" and resets:
            batches.clear()

    def mean(name):
        seen = batches.get(name)
        if not seen:
            return None
        if weighted:
            return sum(v * n for v, n in seen) / sum(n for _, n in seen)
        return sum(v for v, _ in seen) / len(seen)

    if call.method == "count":
        return sum(n for _, n in batches.get(call.args[0], []))
    if call.method == "mean":
        return mean(call.args[0])
    return {name: mean(name) for name in batches}


def _flaw(case, call, got):
    """Name the mistake when `got` is exactly what a known flawed tracker returns."""
    flaws = [
        (
            {"weighted": False, "resets": True},
            "this is the plain average of the batch means, so a batch of 2 examples counts as "
            "much as a batch of 64: weight each batch by its n, sum(n * value) / sum(n)",
        ),
        (
            {"weighted": True, "resets": False},
            "this still counts updates from before the last reset(): reset() must clear every "
            "total and count",
        ),
    ]
    for flags, advice in flaws:
        wrong = _replay(case, call, **flags)
        if wrong is not None and same(wrong, got, rtol=case.rtol, atol=case.atol) is None:
            return advice
    return None


REFUSED = (
    "a refused update must change nothing: check n before changing anything, so "
    "its value enters no total and a name first seen in it appears nowhere"
)
SHARED = (
    "this tracker reports a metric it was never given, left there by another tracker: "
    "state kept on the class is shared by every instance, so a validation tracker "
    "would report the training loss. Every tracker must start empty and keep its own "
    "state: create every dict or list it updates in __init__ (self.totals = {}), not "
    "as class attributes"
)


def _state_hint(case, call, got):
    """REFUSED or SHARED when `got` shows a refused update's traces or another tracker's."""
    upto = next((i for i, c in enumerate(case.calls) if c is call), None)
    if upto is None or call.method not in ("mean", "count", "summary"):
        return None
    earlier = [c for c in case.calls[:upto] if c.method == "update"]
    given = {c.args[0] for c in earlier if not c.raises}
    refused = {c.args[0] for c in earlier if c.raises}
    if call.method == "summary":
        reported = set(got) if isinstance(got, dict) else set()
    elif call.method == "mean":
        reported = {call.args[0]} if got is not None else set()
    else:
        reported = {call.args[0]} if got else set()
    unknown = reported - given
    if unknown - refused:
        return SHARED
    if unknown or refused:
        return REFUSED
    return None


def compare(case, expected, got, call):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        if isinstance(expected, dict) and list(expected) != list(got):
            return (
                f"the metrics are in the order {list(got)}, expected {list(expected)}: "
                "list them in the order of their first update since the last reset"
            )
        return None
    method = call.method
    flaw = _flaw(case, call, got)
    if method in ("update", "reset"):
        hint = f"{method} must return None"
    elif flaw:
        hint = flaw
    elif _state_hint(case, call, got):
        hint = _state_hint(case, call, got)
    elif got is None and expected is not None:
        hint = (
            "this metric has updates, so it has a mean, even when the values are 0.0: "
            "test whether the name is present (`name in ...`), not whether its total "
            "is truthy"
        )
    elif expected is None:
        hint = "a metric with no updates since the last reset has no mean: return None"
    elif method == "count" and isinstance(expected, int) and isinstance(got, float):
        hint = "count must be an int"
    elif method in ("mean", "summary", "count"):
        hint = (
            "weight each batch by its n: the mean is sum(n * value) / sum(n) over the "
            "updates since the last reset; check that reset() clears everything and "
            "that the state lives on the instance (created in __init__), not on the class"
        )
    else:
        hint = None
    if case.hidden:
        return hint or "this call returned the wrong value"
    return f"{problem}; {hint}" if hint else problem
