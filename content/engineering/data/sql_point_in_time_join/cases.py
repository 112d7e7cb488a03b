import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _history(rng, users, n_rows, horizon, p_none=0.1):
    """Feature rows on a 10-second grid, so equal timestamps and ties are common."""
    rows = []
    for _ in range(n_rows):
        value = None if rng.random() < p_none else float(round(rng.normal(5, 2), 3))
        rows.append([str(rng.choice(users)), int(rng.integers(0, horizon // 10)) * 10, value])
    order = rng.permutation(len(rows))  # write order is not time order (backfills)
    write_ids = sorted(int(w) for w in rng.choice(10_000, size=len(rows), replace=False))
    return [(write_ids[k], *rows[i]) for k, i in enumerate(order)]


def _labels(rng, users, n, horizon, start_id=1):
    ids = sorted(
        int(i) for i in rng.choice(np.arange(start_id, start_id + 5 * n), n, replace=False)
    )
    out = [
        (
            i,
            str(rng.choice(users)),
            int(rng.integers(1, horizon // 10 + 2)) * 10,
            int(rng.integers(0, 2)),
        )
        for i in ids
    ]
    return [out[i] for i in rng.permutation(n)]


def _case(name, labels, features, max_age, hidden=False):
    return Case(
        name,
        ([tuple(r) for r in labels], [tuple(r) for r in features], int(max_age)),
        rtol=RTOL,
        atol=ATOL,
        hidden=hidden,
    )


def cases(rng):
    out = []
    for i in range(3):
        users = [f"u{k}" for k in range(int(rng.integers(3, 6)))]
        horizon = 400
        features = _history(rng, users[:-1], int(rng.integers(25, 50)), horizon)
        labels = _labels(rng, users, int(rng.integers(10, 20)), horizon)
        out.append(
            _case(f"random history #{i + 1}", labels, features, int(rng.integers(3, 12)) * 10)
        )

    v = [float(round(x, 3)) for x in rng.normal(5, 2, size=3)]
    out.append(
        _case(
            "a feature written in the same second as the label is too late",
            [(1, "a", 100, 1)],
            [(1, "a", 60, v[0]), (2, "a", 100, v[1])],
            100,
        )
    )
    out.append(
        _case(
            "a feature exactly max_age old still counts",
            [(1, "a", 100, 0), (2, "b", 100, 1)],
            [(1, "a", 40, v[0]), (2, "b", 39, v[1])],
            60,
        )
    )
    out.append(
        _case(
            "two rows at the latest time: the larger write_id wins",
            [(5, "a", 300, 1)],
            [(7, "a", 200, v[0]), (3, "a", 200, v[1]), (9, "a", 150, v[2])],
            500,
        )
    )
    # Every way round: the larger write_id listed first or last, holding the larger or the
    # smaller value, or None. A query that keeps whichever tied row SQLite meets first
    # (a bare column next to MAX(ts), or the row order) gets some of these wrong.
    lo, hi = sorted(float(round(x, 3)) for x in rng.uniform(1, 9, size=2))
    ties = [
        (1, "a", 200, lo),
        (2, "a", 200, hi),
        (3, "b", 200, hi),
        (4, "b", 200, lo),
        (6, "c", 200, hi),
        (5, "c", 200, lo),
        (8, "d", 200, lo),
        (7, "d", 200, hi),
        (9, "e", 200, None),
        (10, "e", 200, lo),
        (12, "f", 200, None),
        (11, "f", 200, hi),
    ]
    out.append(
        _case(
            "ties at the latest time, every way round: the larger write_id wins",
            [(k + 1, u, 250, k % 2) for k, u in enumerate("abcdef")],
            ties + [(13 + k, u, 150, v[0]) for k, u in enumerate("abcdef")],
            100,
        )
    )
    out.append(
        _case(
            "the latest value is None: use it, do not fall back",
            [(1, "a", 100, 1)],
            [(1, "a", 50, v[0]), (2, "a", 80, None)],
            100,
        )
    )
    out.append(
        _case(
            "newer values exist after the label (leakage trap)",
            [(2, "a", 100, 0), (1, "a", 300, 1)],
            [(1, "a", 90, v[0]), (2, "a", 200, v[1]), (3, "a", 400, v[2])],
            1000,
        )
    )
    out.append(
        _case(
            "labels of a user with no feature rows are kept",
            [(3, "new", 100, 1), (1, "a", 100, 0), (2, "new", 200, 0)],
            [(1, "a", 10, v[0])],
            1000,
        )
    )
    out.append(
        _case("max_age = 0: nothing is young enough", [(1, "a", 100, 1)], [(1, "a", 90, v[0])], 0)
    )
    out.append(_case("no labels", [], _history(rng, ["a", "b"], 5, 100), 50))
    out.append(_case("no feature rows", _labels(rng, ["a", "b"], 4, 200), [], 50))

    users = [f"u{k}" for k in range(4)]
    out.append(
        _case(
            "random history (hidden)",
            _labels(rng, users, 15, 300),
            _history(rng, users, 40, 300, p_none=0.2),
            60,
            hidden=True,
        )
    )
    return out


# --- teaching messages ---------------------------------------------------------


def _as_of(
    labels,
    features,
    max_age,
    *,
    late=False,
    stale=False,
    old_open=False,
    min_write=False,
    skip_none=False,
    max_value=False,
    by_write=False,
    latest_first=False,
):
    out = []
    for label_id, user, ts, label in sorted(labels):
        if latest_first:  # the user's latest row of all time, kept only if in the window
            rows = [f for f in features if f[1] == user]
            last = max(rows, key=lambda f: (f[2], f[0])) if rows else None
            inside = last is not None and ts - max_age <= last[2] < ts
            out.append((label_id, user, ts, last[3] if inside else None, label))
            continue
        rows = [
            f
            for f in features
            if f[1] == user
            and (f[2] <= ts if late else f[2] < ts)
            and (stale or (f[2] > ts - max_age if old_open else f[2] >= ts - max_age))
            and not (skip_none and f[3] is None)
        ]
        value = None
        if rows:
            if max_value:
                present = [f[3] for f in rows if f[3] is not None]
                value = max(present) if present else None
            else:
                key = (lambda f: (f[2], -f[0])) if min_write else (lambda f: (f[2], f[0]))
                if by_write:
                    key = lambda f: f[0]  # noqa: E731
                value = max(rows, key=key)[3]
        out.append((label_id, user, ts, value, label))
    return out


def _latest_overall(labels, features):
    out = []
    for label_id, user, ts, label in sorted(labels):
        rows = [f for f in features if f[1] == user]
        value = max(rows, key=lambda f: (f[2], f[0]))[3] if rows else None
        out.append((label_id, user, ts, value, label))
    return out


def _tied_row_taken(labels, features, max_age, expected, got):
    """Whether every wrong row holds the value of another row tied at the latest ts."""
    by_id = {label[0]: label for label in labels}
    wrong = [
        (want, have)
        for want, have in zip(expected, got, strict=True)
        if not _rows_match(want, have)
    ]
    if not wrong:
        return False
    for want, have in wrong:
        if want[0] not in by_id:
            return False
        _, user, ts, _ = by_id[want[0]]
        rows = [f for f in features if f[1] == user and ts - max_age <= f[2] < ts]
        if not rows or have[0] != want[0]:
            return False
        latest = max(f[2] for f in rows)
        tied = [f[3] for f in rows if f[2] == latest]
        if len(tied) < 2 or not any(_rows_match(t, have[3]) for t in tied):
            return False
    return True


MISTAKES = [
    (
        dict(late=True),
        "a value written in the same second as the label was used: the "
        "condition is feature_ts < label_ts, strictly",
    ),
    (
        dict(stale=True),
        "values older than max_age were used: keep only rows with feature_ts >= label_ts - max_age",
    ),
    (
        dict(old_open=True),
        "a row exactly max_age seconds old was dropped: the window "
        "includes its old end (>=, not >)",
    ),
    (
        dict(min_write=True),
        "rows written at the same ts are broken by the smallest write_id "
        "(or by no tie-break at all, in whatever order SQLite met them): the last written "
        "(largest write_id) wins, so order by ts DESC, write_id DESC",
    ),
    (
        dict(by_write=True),
        "the row written last (largest write_id) was taken, not the row "
        "with the latest ts: backfills write old timestamps late, so order by ts DESC first, "
        "and use write_id only to break ties",
    ),
    (
        dict(skip_none=True),
        "NULL values were skipped: the latest row is used even if its "
        "value is None (a fallback to an older value is not what production saw)",
    ),
    (
        dict(max_value=True),
        "that is the largest value in the window, not the latest one: "
        "order by ts DESC, write_id DESC and take the first",
    ),
    (
        dict(latest_first=True),
        "the latest row was picked among all of the user's rows, and "
        "only then held against the window, so a user with a later row gets None: pick the "
        "latest row among the rows before each label's ts (within max_age): join each label "
        "to its window first, then rank per label",
    ),
]


def _rows_match(a, b):
    return same(a, b, rtol=RTOL, atol=ATOL) is None


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    hint = _diagnose(case, expected, got)
    return f"{problem}; {hint}" if hint else problem


def _diagnose(case, expected, got):
    labels, features, max_age = case.args
    if not isinstance(got, list) or not all(isinstance(r, tuple) and len(r) == 5 for r in got):
        return "return a list of 5-tuples (label_id, user_id, ts, value, label)"
    if len(got) > len(expected):
        return (
            "more rows than labels: a label appears once per matching feature row "
            "(joining back on MAX(ts) duplicates ties). Keep exactly one row per label"
        )
    if len(got) < len(expected):
        return (
            "fewer rows than labels: labels with no usable feature row must stay, with "
            "value None (LEFT JOIN from labels, and the rank condition in the ON clause)"
        )
    if [r[0] for r in got] != [r[0] for r in expected]:
        return "order the rows by label_id"
    fits = []
    for kwargs, why in MISTAKES:
        wrong = _as_of(labels, features, max_age, **kwargs)
        if not _rows_match(wrong, expected) and _rows_match(wrong, got):
            fits.append(why)
    if len(fits) == 1:
        return fits[0]
    if fits:  # this case cannot tell these mistakes apart: name each
        return "one of these mistakes (this case cannot tell which): " + "; or ".join(fits)
    if _tied_row_taken(labels, features, max_age, expected, got):
        return (
            "where rows share the latest ts, another of them was taken: the larger "
            "write_id wins every time, whichever row was listed or stored first. A bare "
            "column next to MAX(ts) takes whichever tied row SQLite meets; rank the rows "
            "with ORDER BY ts DESC, write_id DESC instead"
        )
    if _rows_match(_latest_overall(labels, features), got):
        return (
            "each label got its user's latest value overall, including values written "
            "after the label: that is leakage. Only rows with feature_ts < label_ts count"
        )
    return None
