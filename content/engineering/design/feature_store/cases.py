import math

from mldojo.grading.casekit import Call, Case, same

ENTITIES = ["u1", "u2", "u3"]
FEATURES = ["clicks_1h", "spend_7d", "country_id", "age_days"]
TTL = {"clicks_1h": 60, "spend_7d": 300}  # country_id and age_days never expire
RTOL, ATOL = 1e-9, 1e-12


def _value(rng):
    return float(round(rng.uniform(0, 100), 2))


def _random_calls(rng, n, horizon=600):
    calls = []
    for _ in range(n):
        r = rng.random()
        entity = str(rng.choice(ENTITIES))
        if r < 0.55:
            ts = int(rng.integers(0, horizon // 10)) * 10  # a 10 s grid: equal ts happen
            calls.append(Call("write", (entity, str(rng.choice(FEATURES)), _value(rng), ts)))
        elif r < 0.9:
            k = int(rng.integers(1, 4))
            feats = [str(f) for f in rng.choice(FEATURES, size=k, replace=False)]
            calls.append(Call("read", (entity, feats, int(rng.integers(0, horizon + 100)))))
        elif r < 0.95:
            calls.append(Call("count"))
        else:
            calls.append(Call("delete_entity", (entity,)))
    return tuple(calls)


def _case(name, calls, hidden=False, ttl=None):
    return Case(name, (dict(TTL if ttl is None else ttl),), calls=tuple(calls), rtol=RTOL,
                atol=ATOL, hidden=hidden)


def W(entity, feature, value, ts):
    return Call("write", (entity, feature, value, ts),
                raises=None if math.isfinite(value) else "ValueError")


def R(entity, features, at):
    return Call("read", (entity, list(features), at))


def cases(rng):
    out = [_case(f"random traffic #{i + 1}", _random_calls(rng, 40)) for i in range(3)]
    v = [_value(rng) for _ in range(6)]
    out.append(_case("a late write lands in the past, not on top", [
        W("u1", "country_id", v[0], 100), W("u1", "country_id", v[1], 300),
        W("u1", "country_id", v[2], 200), R("u1", ["country_id"], 250),
        R("u1", ["country_id"], 1000), R("u1", ["country_id"], 150), Call("count")]))
    out.append(_case("writes after `at` are invisible (no leakage)", [
        W("u2", "spend_7d", v[0], 50), W("u2", "spend_7d", v[1], 120),
        R("u2", ["spend_7d"], 119), R("u2", ["spend_7d"], 120), R("u2", ["spend_7d"], 49)]))
    out.append(_case("a correction replaces the value at the same ts", [
        W("u1", "age_days", v[0], 10), W("u1", "age_days", v[1], 10), R("u1", ["age_days"], 10),
        Call("count"), W("u1", "age_days", v[2], 5), R("u1", ["age_days"], 20), Call("count")]))
    out.append(_case("TTL: exactly ttl seconds old is still fresh, one more is stale", [
        W("u3", "clicks_1h", v[0], 100), R("u3", ["clicks_1h"], 160),
        R("u3", ["clicks_1h"], 161), W("u3", "clicks_1h", v[1], 20),
        R("u3", ["clicks_1h"], 161), R("u3", ["clicks_1h"], 80)]))
    out.append(_case("features without a TTL never go stale", [
        W("u1", "country_id", v[0], 0), R("u1", ["country_id", "spend_7d"], 10 ** 9)]))
    out.append(_case("several features in one read, in the order asked", [
        W("u2", "clicks_1h", v[0], 100), W("u2", "spend_7d", v[1], 90),
        W("u2", "age_days", v[2], 5), R("u2", ["age_days", "unknown", "clicks_1h", "spend_7d"], 110),
        R("u2", [], 110)]))
    out.append(_case("the same feature asked twice in one read: one value per name", [
        W("u3", "spend_7d", v[3], 40), W("u3", "country_id", v[4], 30),
        R("u3", ["spend_7d", "country_id", "spend_7d"], 50),
        R("u3", ["clicks_1h", "clicks_1h"], 50)]))
    out.append(_case("reads of unknown entities and features", [
        R("nobody", ["clicks_1h"], 5), Call("count"), W("u1", "spend_7d", v[0], 3),
        R("u1", ["clicks_1h"], 5), Call("delete_entity", ("nobody",))]))
    out.append(_case("deleting an entity", [
        W("u1", "clicks_1h", v[0], 10), W("u1", "spend_7d", v[1], 10), W("u1", "spend_7d", v[2], 20),
        W("u2", "spend_7d", v[3], 10), Call("delete_entity", ("u1",)), Call("count"),
        R("u1", ["spend_7d"], 20), R("u2", ["spend_7d"], 20), Call("delete_entity", ("u1",)),
        W("u1", "spend_7d", v[4], 30), R("u1", ["spend_7d"], 30)]))
    out.append(_case("a zero TTL: only a value written exactly at `at`", [
        W("u1", "clicks_1h", v[0], 50), R("u1", ["clicks_1h"], 50), R("u1", ["clicks_1h"], 51)],
        ttl={"clicks_1h": 0}))
    out.append(_case("event times before 0 (negative ts)", [
        W("u2", "age_days", v[1], -1), W("u2", "age_days", v[0], -300),
        W("u2", "clicks_1h", v[2], -40), R("u2", ["age_days", "clicks_1h"], -100),
        R("u2", ["age_days", "clicks_1h"], -1), R("u2", ["clicks_1h", "age_days"], 15),
        R("u2", ["age_days"], -301), Call("count")]))
    out.append(_case("0.0 and negative values are values like any other", [
        W("u1", "clicks_1h", 0.0, 10), W("u1", "spend_7d", -v[5], 10),
        W("u1", "age_days", v[0], 10), W("u1", "age_days", 0.0, 20),
        R("u1", ["clicks_1h", "spend_7d", "age_days"], 20), R("u1", ["age_days"], 15),
        Call("count")]))
    nan, inf = float("nan"), float("inf")
    out.append(_case("a value that is not finite is refused, and nothing is stored", [
        W("u1", "spend_7d", v[0], 10), W("u1", "spend_7d", nan, 20), R("u1", ["spend_7d"], 20),
        Call("count"), W("u1", "spend_7d", inf, 10), R("u1", ["spend_7d"], 10),
        W("u3", "clicks_1h", -inf, 5), Call("count"), R("u3", ["clicks_1h"], 5),
        Call("delete_entity", ("u3",)), W("u3", "clicks_1h", v[1], 5), Call("count")]))
    out.append(_case("random traffic (hidden)", _random_calls(rng, 50), hidden=True))
    out.append(_case("a long history, writes in random order", _random_calls(rng, 400, 5000)))
    return out


# --- teaching messages ---------------------------------------------------------

class _Model:
    def __init__(self, ttl, *, ignore_at=False, append=False, last_arrival=False,
                 strict_ttl=False, missing_ttl_zero=False, latest_only=False,
                 nonnegative=False, store_refused=False):
        self.ttl, self.rows = ttl, {}
        self.store_refused = store_refused
        self.latest_only, self.nonnegative = latest_only, nonnegative
        self.ignore_at, self.append, self.last_arrival = ignore_at, append, last_arrival
        self.strict_ttl, self.missing_ttl_zero = strict_ttl, missing_ttl_zero

    def write(self, entity, feature, value, ts):
        if not math.isfinite(value):
            if self.store_refused:
                self.rows.setdefault((entity, feature), []).append((ts, value))
            return
        rows = self.rows.setdefault((entity, feature), [])
        if self.latest_only:
            rows.clear()
        if not self.append:
            rows[:] = [r for r in rows if r[0] != ts]
        rows.append((ts, value))

    def _fresh(self, feature, at, ts):
        if feature not in self.ttl:
            return not self.missing_ttl_zero or at == ts
        return at - ts < self.ttl[feature] if self.strict_ttl else at - ts <= self.ttl[feature]

    def read(self, entity, features, at):
        out = []
        for f in features:
            rows = self.rows.get((entity, f), [])
            if self.nonnegative:  # "nothing yet" marked by a timestamp of -1
                rows = [r for r in rows if r[0] >= 0]
            if self.last_arrival:
                seen = [r for r in rows if r[0] <= at]
                best = seen[-1] if seen else None
                out.append(best[1] if best and self._fresh(f, at, best[0]) else None)
                continue
            cand = rows if self.ignore_at else [r for r in rows if r[0] <= at]
            if not cand:
                out.append(None)
                continue
            ts = max(r[0] for r in cand)
            tied = [r for r in cand if r[0] == ts]
            value = (tied[0] if self.append else tied[-1])[1]  # appended: the old one is found first
            out.append(value if self._fresh(f, at, ts) or self.ignore_at else None)
        return out

    def delete_entity(self, entity):
        keys = [k for k in self.rows if k[0] == entity]
        return sum(len(self.rows.pop(k)) for k in keys)

    def count(self):
        return sum(len(r) for r in self.rows.values())


MISTAKES = [  # the narrowest first: on its inputs a broader mistake can give the same answer
    (dict(nonnegative=True), "a value written at a negative ts was not found: event times "
     "are any int, negative ones too, so 'nothing found yet' cannot be marked by a "
     "timestamp such as -1"),
    (dict(ignore_at=True), "the read returned a value written after `at`: that is leakage. "
     "Only values with ts <= at count"),
    (dict(latest_only=True), "only the last write of each (entity, feature) was kept: a late "
     "write then replaces a newer value, and a read as of an earlier time finds nothing. Keep "
     "each key's whole history, sorted by ts"),
    (dict(last_arrival=True), "the read took the value that arrived last, not the one with "
     "the largest ts: late writes must be placed by their ts (keep each history sorted)"),
    (dict(append=True), "a second write at the same ts was added next to the first: a "
     "correction replaces the value at that ts (and does not add to count())"),
    (dict(store_refused=True), "a refused value was stored before ValueError was raised: "
     "check the value first, so that a refused write leaves the store as it was"),
    (dict(strict_ttl=True), "a value exactly ttl seconds old is still fresh: at - ts <= ttl"),
    (dict(missing_ttl_zero=True), "a feature without a TTL never goes stale"),
]


def _replay(model, calls):
    result = None
    for call in calls:
        result = getattr(model, call.method)(*call.args, **call.kwargs)
    return result


def compare(case, expected, got, call):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    if call.method == "read" and not isinstance(got, list):
        return f"{problem}; read returns a list, one value per requested feature"
    if (call.method == "read" and isinstance(got, list) and isinstance(expected, list)
            and len(got) < len(expected) and len(set(call.args[1])) < len(call.args[1])):
        return (f"{problem}; a feature named twice in `features` gets a value each time: "
                "return one value per name in the list, in its order (a dict keyed by "
                "feature name keeps only one)")
    if (call.method == "read" and isinstance(got, list) and isinstance(expected, list)
            and len(got) == len(expected)
            and any(e is not None and e <= 0 and g is None for e, g in zip(expected, got))):
        return (f"{problem}; a stored 0.0 (or a negative value) was read as missing: it is a "
                "value like any other. Test for 'nothing found' with `is None`, not with the "
                "value's truthiness (`if value:`, `value or None`)")
    index = next(i for i, c in enumerate(case.calls) if c is call)
    for switches, why in MISTAKES:
        wrong = _replay(_Model(case.args[0], **switches), case.calls[: index + 1])
        if same(wrong, expected, rtol=RTOL, atol=ATOL) and not same(wrong, got, rtol=RTOL,
                                                                    atol=ATOL):
            return f"{problem}; {why}"
    if call.method == "delete_entity":
        return f"{problem}; return how many values (over all features and timestamps) were removed"
    return problem
