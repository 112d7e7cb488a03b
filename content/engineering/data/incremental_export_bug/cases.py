from mldojo.grading.casekit import Case, same, short


def _table(rng, n, n_times, start_id=1):
    """Rows on few distinct timestamps, so ties are everywhere; shuffled."""
    ids = sorted(int(i) for i in rng.choice(10 * n + 10, size=n, replace=False) + start_id)
    times = sorted(int(t) for t in rng.choice(1000, size=n_times, replace=False))
    rows = [(int(rng.choice(times)), i, f"p{i}") for i in ids]
    return [rows[k] for k in rng.permutation(n)]


def _key(row):
    return (row[0], row[1])


def _case(name, rows, watermark, page_size, hidden=False):
    return Case(name, (list(rows), watermark, int(page_size)), hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        rows = _table(rng, int(rng.integers(12, 25)), int(rng.integers(3, 6)))
        out.append(_case(f"first run #{i + 1}", rows, None, int(rng.integers(2, 5))))
    rows = _table(rng, 20, 4)
    ordered = sorted(rows, key=_key)
    k = int(rng.integers(3, 15))
    while ordered[k][0] != ordered[k + 1][0]:  # a watermark inside a run of ties
        k = (k + 1) % (len(ordered) - 2)
    out.append(_case("the watermark is inside a run of tied timestamps", rows,
                     _key(ordered[k]), int(rng.integers(2, 5))))
    rows = _table(rng, 15, 3)
    ordered = sorted(rows, key=_key)
    gone = ordered[6]
    out.append(_case("the watermark's row has been deleted since",
                     [r for r in rows if r != gone], _key(gone), 3))
    rows = [(500, int(i), f"p{i}") for i in rng.permutation(7) + 1]
    out.append(_case("a bulk update: every row has the same timestamp", rows, None, 3))
    rows = _table(rng, 10, 3)
    out.append(_case("page size 1", rows, None, 1))
    rows = _table(rng, 10, 3)
    out.append(_case("one page holds everything", rows, None, 50))
    rows = _table(rng, 8, 3)
    out.append(_case("nothing new since the watermark", rows, max(_key(r) for r in rows), 3))
    out.append(_case("an empty source, first run", [], None, 4))
    rows = _table(rng, 12, 4)
    out.append(_case("a page size that divides the rows exactly", rows, None, 4))
    rows = [(t - 500, i, p) for t, i, p in _table(rng, 12, 4)]  # times 500 s early
    rows.append((-int(rng.integers(10**6, 10**8)), int(rng.integers(10**4, 10**5)), "old"))
    rows.append((rows[0][0], 0, "p0"))  # tied with another row, below it by id
    out.append(_case("a first run over timestamps before 1970 (negative) and an id of 0",
                     [rows[k] for k in rng.permutation(len(rows))], None, 3))
    rows = _table(rng, 24, 4)
    ordered = sorted(rows, key=_key)
    out.append(_case("a later run (hidden)", rows, _key(ordered[5]), 4, hidden=True))
    rows = _table(rng, 3000, 40)
    out.append(_case("3,000 rows on 40 timestamps", rows, None, 97))
    return out


def _both_greater(rows, watermark, page_size):
    """Pages when 'after the watermark' is read as a later-or-equal time AND a larger id."""
    pages, last = [], watermark
    while True:
        newer = sorted((r for r in rows if last is None or (r[0] >= last[0] and r[1] > last[1])),
                       key=_key)[:page_size]
        if not newer:
            return pages, last
        pages.append([r[1] for r in newer])
        last = _key(newer[-1])


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    hint = _diagnose(case, expected, got)
    return f"{problem}; {hint}" if hint else problem


def _diagnose(case, expected, got):
    rows, watermark, page_size = case.args
    if not (isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], list)):
        return "return a tuple (pages, new_watermark), pages a list of lists of ids"
    pages, mark = got
    if not all(isinstance(p, list) for p in pages):
        return "each page is a list of ids"
    flat = [i for p in pages for i in p]
    want = [i for p in expected[0] for i in p]
    if len(flat) != len(set(flat)):
        twice = next(i for i in flat if flat.count(i) > 1)
        which = "a row" if case.hidden else f"id {twice}"
        return (f"{which} was exported twice: rows tied with the last row of a page come "
                "back when the condition is >= on the timestamp, or when the rows are sorted "
                "by timestamp alone (tied rows then fall on either side of the position). "
                "Sort by, and compare with >, the full key (updated_at, id)")
    missing = [i for i in want if i not in set(flat)]
    if missing and got == _both_greater(rows, watermark, page_size):
        by_id = {r[1]: r for r in rows}
        example = ("" if case.hidden else
                   f" (e.g. id {missing[0]} at updated_at {by_id[missing[0]][0]})")
        return (f"{len(missing)} row(s) with a later timestamp but a smaller id than the last "
                f"row exported were skipped{example}: a row comes after the key "
                "(updated_at, id) when its updated_at is later, whatever its id, OR when the "
                "updated_at is the same and its id is larger; the id only breaks ties")
    if missing and watermark is None and set(missing) == set(want[:len(missing)]):
        return (f"{len(missing)} row(s) were never exported: the first {len(missing)} in key "
                "order. On a first run (watermark None) export every row, whatever its key: "
                "a made-up starting key such as -1 or (-1, -1) skips rows keyed below it "
                "(a timestamp before 1970 is negative, an id can be 0)")
    if missing:
        by_id = {r[1]: r for r in rows}
        example = ("" if case.hidden else
                   f", e.g. id {missing[0]} at updated_at {by_id[missing[0]][0]}")
        return (f"{len(missing)} row(s) were never exported{example}: a timestamp alone "
                "cannot say where the last page stopped when other rows share it. Use the "
                "key (updated_at, id) as the position")
    extra = [i for i in flat if i not in set(want)]
    if extra:
        which = "a row" if case.hidden else f"id {extra[0]}"
        return (f"{which} is at or before the watermark"
                f"{'' if case.hidden else ' ' + short(watermark)}: export only rows whose key "
                "is greater than it")
    if flat != want:
        return "the rows must come in (updated_at, id) order: sort by both, not the timestamp alone"
    if [len(p) for p in pages] != [len(p) for p in expected[0]]:
        return f"pages hold page_size = {page_size} rows each, except possibly the last"
    if mark != expected[1]:
        if not flat:
            return "with nothing new, return the old watermark unchanged"
        return "the new watermark is the (updated_at, id) tuple of the last row exported"
    return None
