from dataclasses import replace

from mldojo.grading.casekit import Call, Case, same


def _random_calls(rng, capacity, n_calls, n_keys):
    """Random put/get/len calls over a key pool a bit larger than the capacity."""
    keys = [f"u{i}" for i in range(n_keys)]
    calls, fresh = [], 0
    for _ in range(n_calls):
        roll = rng.random()
        key = keys[int(rng.integers(0, n_keys))]
        if roll < 0.45:
            calls.append(Call("put", (key, f"v{fresh}")))  # each value is new: stale ones show
            fresh += 1
        elif roll < 0.9:
            calls.append(Call("get", (key,)))
        else:
            calls.append(Call("__len__"))
    return tuple(calls)


def cases(rng):
    out = []
    for i in range(5):
        capacity = int(rng.integers(1, 5))
        calls = _random_calls(rng, capacity, int(rng.integers(10, 18)),
                              capacity + int(rng.integers(1, 3)))
        out.append(Case(f"random calls {i + 1}", (capacity,), calls=calls))

    P, G, L = (lambda k, v: Call("put", (k, v))), (lambda *a: Call("get", a)), Call("__len__")
    out.append(Case("a capacity of 0 is refused", (0,), raises="ValueError"))
    out.append(Case("a negative capacity is refused", (-int(rng.integers(1, 10)),),
                    raises="ValueError"))
    out.append(Case("capacity 1", (1,), calls=(
        P("a", "va"), P("b", "vb"), G("a"), G("b"), L, P("b", "vb2"), G("b"), L)))
    out.append(Case("a get hit refreshes recency", (2,), calls=(
        P("a", "va"), P("b", "vb"), G("a"), P("c", "vc"), G("b"), G("a"), G("c"))))
    out.append(Case("updating a key replaces its value and refreshes it", (2,), calls=(
        P("a", "va"), P("b", "vb"), P("a", "va2"), P("c", "vc"), G("b"), G("a"), G("c"), L)))
    out.append(Case("updating a key does not grow the cache", (3,), calls=(
        P("a", "va"), P("a", "va2"), P("a", "va3"), L, P("b", "vb"), L, G("a"))))
    out.append(Case("updating a key in a full cache evicts nothing", (2,), calls=(
        P("a", "va"), P("b", "vb"), P("b", "vb2"), G("a"), G("b"), L)))
    out.append(Case("a miss changes nothing", (2,), calls=(
        P("a", "va"), P("b", "vb"), G("x"), P("c", "vc"), G("a"), G("b"), G("c"), L)))
    out.append(Case("default for a missing key", (2,), calls=(
        G("a"), G("a", "miss"), Call("get", ("a",), {"default": "n/a"}), L, P("a", "va"),
        G("a", "miss"))))
    out.append(Case("falsy values are still values", (2,), calls=(
        P("a", ""), P("b", None), G("a", "miss"), P("c", 0), G("b", "miss"),
        G("a", "miss"), G("c", "miss"), L)))
    out.append(Case("a long run with a larger cache", (20,),
                    calls=_random_calls(rng, 20, 300, 30)))
    # A fresh Call at every step, so compare() can find the step it is given by identity.
    return [replace(case, calls=tuple(replace(c) for c in case.calls)) for case in out]


def _stored(case):
    """Every value that some put in this case stores."""
    return [c.args[1] for c in case.calls if c.method == "put"]


def _is(value, values):
    return any(value is v or (type(value) is type(v) and value == v) for v in values)


def _flawed(case, call, *, refresh_on_get=True, refresh_on_update=True, falsy_miss=False,
            ignore_default=False, miss_inserts=False):
    """What `call` returns in a cache with a known flaw, replaying the case's calls."""
    upto = next((i for i, c in enumerate(case.calls) if c is call), None)
    if upto is None:
        return _NOTHING
    (capacity,) = case.args
    data, result = {}, None
    for c in case.calls[:upto + 1]:
        if c.method == "put":
            key, value = c.args
            if key in data and not refresh_on_update:
                data[key] = value
            else:
                data.pop(key, None)
                data[key] = value
                if len(data) > capacity:
                    del data[next(iter(data))]
            result = None
        elif c.method == "get":
            key = c.args[0]
            default = c.args[1] if len(c.args) > 1 else c.kwargs.get("default")
            if ignore_default:
                default = None
            hit = key in data and not (falsy_miss and not data[key])
            if hit and refresh_on_get:
                data[key] = data.pop(key)
            result = data[key] if hit else default
            if not hit and miss_inserts:
                data[key] = default
                if len(data) > capacity:
                    del data[next(iter(data))]
        else:
            result = len(data)
    return result


_NOTHING = object()
MISS_FLAWS = [
    ({"ignore_default": True},
     "a get for a missing key returned None instead of its default argument: return the "
     "default the caller passed (get(key, default=None))"),
    ({"miss_inserts": True},
     "a get for a missing key stored the default in the cache: a miss returns the default "
     "and changes nothing, it adds no key and evicts nothing"),
]
FLAWS = [
    ({"refresh_on_get": False},
     "a get hit did not make its key the most recently used: this cache evicts in first in, "
     "first out order, so a hot key is thrown out; move the key to the most-recent end on "
     "every hit (OrderedDict.move_to_end)"),
    ({"refresh_on_update": False},
     "a put on an existing key did not make it the most recently used: an update is a use "
     "too, so move the key to the most-recent end"),
    ({"falsy_miss": True},
     "a stored '', 0 or None was treated as a miss: test `key in ...`, not the truthiness "
     "of the value"),
]


SHARED = ("this cache holds more than was ever put into it: every LRUCache must start "
          "empty and keep its own storage; create the dict in __init__ (self._data = ...), "
          "not as a class attribute or a mutable default argument shared by all instances")


def _never_given(case, call, got):
    """Whether `got` shows keys this cache was never given (storage shared across caches)."""
    upto = next((i for i, c in enumerate(case.calls) if c is call), None)
    if upto is None:
        return False
    keys = {c.args[0] for c in case.calls[:upto] if c.method == "put"}
    if call.method == "get":
        default = call.args[1] if len(call.args) > 1 else call.kwargs.get("default")
        return call.args[0] not in keys and same(default, got) is not None
    if call.method == "__len__":
        return isinstance(got, int) and got > len(keys)
    return False


def compare(case, expected, got, call):
    problem = same(expected, got)
    if problem is None:
        return None
    for flags, advice in MISS_FLAWS:
        wrong = _flawed(case, call, **flags)
        if wrong is not _NOTHING and same(wrong, got) is None:
            return f"{problem}; {advice}"
    if _never_given(case, call, got):
        return f"{problem}; {SHARED}"
    for flags, advice in FLAWS:
        wrong = _flawed(case, call, **flags)
        if wrong is not _NOTHING and same(wrong, got) is None:
            return f"{problem}; {advice}"
    stored = _stored(case)
    if _is(expected, stored) and _is(got, stored):
        return (problem + "; that is an older value of the key: a put on an existing key "
                "replaces its value")
    if _is(expected, stored):
        return (problem + "; the cache lost a key it should still hold: evict only when a "
                "new key takes it over capacity, and then only the least recently used; a get "
                "hit and a put both count as a use, a get miss changes nothing, and a stored "
                "'', 0 or None is still a hit (test `key in ...`)")
    if isinstance(expected, int) and not isinstance(expected, bool):
        if isinstance(got, int) and not isinstance(got, bool):
            problem = f"expected {expected} keys, got {got}"  # same() prints ints as floats
        return (problem + "; the number of keys is off: updating an existing key must not add "
                "a second entry, and a put over capacity must evict exactly one key")
    evicted = ("that key should have been evicted: when a put takes the cache over capacity, "
               "remove the key whose last get hit or put is the oldest")
    if _is(got, stored):
        if expected is None:
            return f"{problem}; if this call is a get, {evicted}; a put always returns None"
        return f"{problem}; {evicted}"
    if expected is None:
        return problem + "; put returns None, and so does get for a missing key with no default"
    return problem + "; for a missing key, get returns its default argument"
