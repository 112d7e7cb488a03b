import math

from mldojo.grading.casekit import Call, Case, same

USERS = ["u1", "u2", "u3", "u4", "u5"]
DAYS = ["2024-05-01", "2024-05-02", "2024-05-03"]
RTOL, ATOL = 1e-9, 1e-12


def _value(rng):
    return float(round(rng.uniform(0, 10), 2))


def _rows(rng, n, *, bad=False):
    rows = [(str(rng.choice(USERS)), str(rng.choice(DAYS)), _value(rng)) for _ in range(n)]
    if n >= 2 and rng.random() < 0.5:  # a key listed twice, with a new value
        user, day, _ = rows[int(rng.integers(n))]
        rows.insert(int(rng.integers(len(rows) + 1)), (user, day, _value(rng)))
    if bad:
        k = int(rng.integers(1, len(rows) + 1))  # never first: earlier rows are valid
        rows.insert(k, (str(rng.choice(USERS)), str(rng.choice(DAYS)),
                        None if rng.random() < 0.5 else math.nan))
    return rows


def _queries(rng):
    user, day = str(rng.choice(USERS)), str(rng.choice(DAYS))
    return [Call("get", (user, day)), Call("count"), Call("snapshot")]


def _random_calls(rng, n_batches):
    calls, done = [], []
    for b in range(n_batches):
        r = rng.random()
        if done and r < 0.25:  # a retry of an earlier batch, same content
            batch_id, rows = done[int(rng.integers(len(done)))]
            calls.append(Call("load", (batch_id, rows)))
        elif r < 0.4:
            calls.append(Call("load", (f"run-{b}", _rows(rng, int(rng.integers(1, 5)), bad=True))))
        else:
            rows = _rows(rng, int(rng.integers(1, 6)))
            calls.append(Call("load", (f"run-{b}", rows)))
            done.append((f"run-{b}", rows))
        calls += _queries(rng)
    return tuple(calls)


def _case(name, calls, hidden=False):
    return Case(name, (), calls=tuple(calls), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = [_case(f"random loads #{i + 1}", _random_calls(rng, 7)) for i in range(3)]
    d1, d2 = DAYS[0], DAYS[1]
    v = [_value(rng) for _ in range(6)]
    first = [("u1", d1, v[0]), ("u2", d1, v[1])]
    second = [("u1", d1, v[2]), ("u1", d2, v[3])]
    out.append(_case("a retry of an old batch after a newer one", [
        Call("load", ("day-1", first)), Call("load", ("day-2", second)),
        Call("load", ("day-1", first)), Call("get", ("u1", d1)), Call("count"),
        Call("snapshot")]))
    out.append(_case("the same batch twice in a row", [
        Call("load", ("b", first)), Call("load", ("b", first)), Call("count"),
        Call("snapshot")]))
    bad = [("u3", d1, v[4]), ("u4", d1, None)]
    fixed = [("u3", d1, v[4]), ("u4", d1, v[5])]
    out.append(_case("an invalid batch writes nothing, and its corrected version loads", [
        Call("load", ("b1", first)), Call("load", ("b2", bad)), Call("get", ("u3", d1)),
        Call("count"), Call("load", ("b2", fixed)), Call("get", ("u4", d1)), Call("count")]))
    out.append(_case("NaN makes a batch invalid too", [
        Call("load", ("b1", [("u1", d1, v[0]), ("u2", d1, math.nan)])), Call("count"),
        Call("snapshot")]))
    out.append(_case("a key listed twice in one batch: the last row wins", [
        Call("load", ("b1", [("u1", d1, v[0]), ("u2", d1, v[1]), ("u1", d1, v[2])])),
        Call("get", ("u1", d1)), Call("count")]))
    out.append(_case("rewriting the stored value is not a change", [
        Call("load", ("b1", first)), Call("load", ("b2", [first[0], ("u5", d2, v[3])])),
        Call("load", ("b3", list(first)))]))
    out.append(_case("a retried batch id whose rows are now invalid is still a no-op", [
        Call("load", ("b1", first)), Call("load", ("b2", [("u1", d1, v[2])])),
        Call("load", ("b1", first)), Call("load", ("b1", [first[0], ("u2", d1, None)])),
        Call("load", ("b1", [("u2", d1, math.nan)])), Call("get", ("u2", d1)),
        Call("count")]))
    out.append(_case("a key whose last row restores the stored value is not a change", [
        Call("load", ("b1", first)),
        Call("load", ("b2", [("u1", d1, v[2]), ("u1", d1, v[0]), ("u2", d1, v[3])])),
        Call("get", ("u1", d1)), Call("snapshot")]))
    out.append(_case("a bad row is invalid even when a later row of its key replaces it", [
        Call("load", ("b1", [("u1", d1, None), ("u1", d1, v[0])])), Call("count"),
        Call("load", ("b2", [("u2", d1, v[1]), ("u2", d1, math.nan), ("u2", d1, v[2])])),
        Call("get", ("u2", d1)), Call("snapshot")]))
    out.append(_case("a batch that changed nothing is still recorded as loaded", [
        Call("load", ("b1", first)), Call("load", ("b2", list(first))),
        Call("load", ("b3", [("u1", d1, round(v[0] + 1.5, 2))])),
        Call("load", ("b2", list(first))), Call("get", ("u1", d1)), Call("snapshot")]))
    out.append(_case("nothing loaded yet", [
        Call("count"), Call("get", ("u1", d1)), Call("snapshot"), Call("load", ("empty", [])),
        Call("load", ("empty", [])), Call("count")]))
    out.append(_case("random loads (hidden)", _random_calls(rng, 8), hidden=True))
    out.append(_case("a long run of loads", _random_calls(rng, 30)))
    return out


# --- teaching messages ---------------------------------------------------------
# A plain-Python model of the sink, with switches for the usual mistakes; compare()
# replays the case up to the failing call under each switch and names the first
# mistake that reproduces the wrong answer.

class _Model:
    def __init__(self, *, ledger=True, atomic=True, record_failed=False, first_wins=False,
                 count_rows=False, append=False, validate_first=False, any_row=False,
                 skip_unchanged=False, final_only=False):
        self.table, self.rows, self.loaded = {}, [], set()
        self.ledger, self.atomic, self.record_failed = ledger, atomic, record_failed
        self.first_wins, self.count_rows, self.append = first_wins, count_rows, append
        self.validate_first, self.any_row = validate_first, any_row
        self.skip_unchanged, self.final_only = skip_unchanged, final_only

    def load(self, batch_id, rows):
        bad = next((k for k, r in enumerate(rows) if r[2] is None or math.isnan(r[2])), None)
        if self.final_only and bad is not None:  # only each key's last row is checked
            last = {(u, d): v for u, d, v in rows}
            if not any(v is None or math.isnan(v) for v in last.values()):
                bad = None
        if self.validate_first and bad is not None:
            return -1
        if self.ledger and batch_id in self.loaded:
            return 0
        if bad is not None:
            if not self.atomic:
                self._write(rows[:bad])
            if self.record_failed:
                self.loaded.add(batch_id)
            return -1
        changed = self._write(rows)
        if not (self.skip_unchanged and changed == 0):
            self.loaded.add(batch_id)
        return changed

    def _write(self, rows):
        final = {}
        for user, day, value in rows:
            if not (self.first_wins and (user, day) in final):
                final[(user, day)] = value
        changed = sum(self.table.get(key) != value for key, value in final.items())
        if self.any_row:  # a key counts when any of its rows differs from the stored value
            changed = len({(u, d) for u, d, v in rows if self.table.get((u, d)) != v})
        if self.append:
            self.rows += list(rows)
        self.table.update(final)
        return len(rows) if self.count_rows else changed

    def get(self, user, day):
        return self.table.get((user, day))

    def count(self):
        return len(self.rows) if self.append else len(self.table)

    def snapshot(self):
        return sorted((u, d, v) for (u, d), v in self.table.items())


MISTAKES = [  # the narrower mistakes first: a broader one can reproduce their answers
    (dict(validate_first=True), "a retry of a batch id that already loaded was refused as "
     "invalid: look the id up in the ledger before checking the rows, since a batch that "
     "already loaded returns 0 whatever its rows hold now"),
    (dict(any_row=True), "a key was counted as changed because one of its rows differed "
     "from the stored value: compare each key's final value (its last row) with the value "
     "stored before the load"),
    (dict(final_only=True), "a batch with a None or NaN row was loaded because a later row "
     "of the same key overwrote it: check every row of the batch, not only each key's last "
     "one; any None or NaN makes the whole batch invalid"),
    (dict(skip_unchanged=True), "a batch that changed no key was not recorded as loaded, so "
     "its retry after a later batch wrote the same keys was applied again: a valid batch "
     "is recorded in the ledger even when its count of changes is 0"),
    (dict(ledger=False), "a batch that was already loaded was applied again: keep a ledger "
     "of loaded batch ids and return 0 for a repeat, even when later batches changed the "
     "same keys"),
    (dict(atomic=False), "part of an invalid batch was written: check every row before "
     "writing any (and write inside one transaction), so an invalid batch leaves the table "
     "as it was"),
    (dict(record_failed=True), "the corrected batch was refused: an invalid batch must not "
     "be recorded as loaded, so that its fixed version can be loaded under the same id"),
    (dict(first_wins=True), "a key listed twice in a batch kept its first value: the last "
     "row wins"),
    (dict(count_rows=True), "load() returned the number of rows in the batch: count the "
     "keys that were inserted or whose value changed (duplicates and unchanged values do "
     "not count)"),
    (dict(append=True), "rows were appended instead of upserted: one row per (user_id, day), "
     "a new value replaces the old one"),
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
    index = next(i for i, c in enumerate(case.calls) if c is call)
    upto = case.calls[: index + 1]
    for switches, why in MISTAKES:
        wrong = _replay(_Model(**switches), upto)
        if same(wrong, expected, rtol=RTOL, atol=ATOL) and not same(wrong, got, rtol=RTOL,
                                                                    atol=ATOL):
            return f"{problem}; {why}"
    if call.method == "get" and expected is None and got is not None:
        return f"{problem}; this key was never written by a successful load"
    if call.method == "snapshot" and isinstance(got, list) and got != sorted(got):
        return f"{problem}; sort the snapshot by user_id, then day"
    return problem
