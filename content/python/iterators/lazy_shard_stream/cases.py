from mldojo.grading.casekit import Case, same


def _shards(rng, n_shards, *, corrupt=0.15, empty=0.0, start=0):
    shards, next_id = {}, start
    for s in range(n_shards):
        size = 0 if rng.random() < empty else int(rng.integers(1, 6))
        records = []
        for _ in range(size):
            if rng.random() < corrupt:
                records.append(None)
            else:
                records.append({"id": next_id, "label": int(rng.integers(0, 3))})
                next_id += 1
        shards[f"shard-{s:03d}"] = records
    return shards


def _total(shards):
    return sum(r is not None for recs in shards.values() for r in recs)


def cases(rng):
    out = []
    for i in range(3):
        shards = _shards(rng, int(rng.integers(3, 6)), empty=0.2)
        out.append(Case(f"random shards {i + 1}, no limit", (shards,)))
    for i in range(3):
        shards = _shards(rng, int(rng.integers(3, 6)))
        limit = int(rng.integers(1, max(2, _total(shards))))
        out.append(Case(f"random shards {i + 1}, limit {limit}", (shards, limit)))
    shards = {"a": [{"id": 0}, {"id": 1}], "b": [{"id": 2}], "c": [{"id": 3}]}
    out.append(Case("the limit ends exactly at the end of a shard", (shards, 2)))
    out.append(Case("the limit ends in the middle of a shard",
                    ({"a": [{"id": 0}, {"id": 1}, {"id": 2}], "b": [{"id": 3}]}, 2)))
    out.append(Case("limit 0 opens nothing", (_shards(rng, 2), 0)))
    out.append(Case("a limit larger than the data", (_shards(rng, 3), 1000)))
    out.append(Case("leading corrupt records and empty shards",
                    ({"a": [], "b": [None, None], "c": [None, {"id": 7}, {"id": 8}],
                      "d": [{"id": 9}]}, 1)))
    out.append(Case("only corrupt records", ({"a": [None], "b": [None, None]},)))
    out.append(Case("falsy records are records", ({"a": [{}, 0, None, ""], "b": [[]]},),
                    hidden=True))
    out.append(Case("no shards", ({},)))
    return out


def diagnose(case, expected, got):
    if not isinstance(got, dict) or set(got) != set(expected):
        return "run_stream was changed: keep it as the starter has it"
    shards = case.args[0]
    limit = case.args[1] if len(case.args) > 1 else None
    if limit == 0 and got["records"]:
        return ("limit 0 asks for no record at all: test `limit is not None`, since "
                "`if limit:` takes 0 for no limit")
    raw = [r for records in shards.values() for r in records]
    if limit and same(expected["records"], got["records"]) is not None and same(
            [r for r in raw[:limit] if r is not None], got["records"]) is None:
        return ("corrupt (None) records were counted towards the limit: skip them first, "
                "then count limit records that are not None")
    if (limit is not None and isinstance(got["records"], list)
            and len(got["records"]) > limit and got["records"][:limit] == expected["records"]):
        return (f"{len(got['records'])} records were yielded where limit is {limit}: count "
                "each record as it is yielded and stop as soon as limit of them are out, "
                "inside the loop over a shard's records, not only after the shard is done")
    for key, advice in [
        ("records", "the records yielded are wrong: yield every record that is not None "
                    "(test `is not None`: a record like {} or 0 is falsy but valid), in "
                    "shard order, and stop after limit of them"),
        ("opened_at_first", "too much was opened before the first record came out: open a "
                            "shard only when the loop reaches it, inside the generator"),
        ("pulled_at_first", "records were read ahead before the first one came out: pull "
                            "records one at a time (no list(...) of a shard)"),
        ("opened", "a shard was opened that was not needed: once limit records have been "
                   "yielded, stop before opening anything else"),
        ("pulled", "a record was read after the last wanted one: stop as soon as limit "
                   "records have been yielded, before reading on (itertools.islice does)"),
    ]:
        if same(expected[key], got[key]) is not None:
            return advice
    return None
