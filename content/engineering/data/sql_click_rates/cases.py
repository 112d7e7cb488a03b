from mldojo.grading.casekit import Case, same

NAMES = [
    "ranker",
    "retriever",
    "reranker",
    "scorer",
    "cold_start",
    "bandit",
    "twotower",
    "gbdt",
    "popular",
    "recent",
]
OWNERS = ["ana", "bo", "cy", "dee", "eli", "fay"]
RTOL, ATOL = 1e-9, 1e-12


def _registry(rng, k):
    ids = sorted({f"{rng.choice(NAMES)}_v{int(rng.integers(1, 9))}" for _ in range(3 * k)})[:k]
    ids = [ids[i] for i in rng.permutation(len(ids))]
    return [(m, str(rng.choice(OWNERS))) for m in ids]


def _log(rng, model_ids, n_requests, start=1, retry=0.2, p_click=None):
    rows, request = [], start
    for _ in range(n_requests):
        model = str(rng.choice(model_ids))
        p = rng.uniform(0.1, 0.6) if p_click is None else p_click
        copies = 1 + int(rng.random() < retry) + int(rng.random() < retry / 3)
        clicked = [int(rng.random() < p) for _ in range(copies)]
        rows += [(request, model, c) for c in clicked]
        request += int(rng.integers(1, 4))
    return [rows[i] for i in rng.permutation(len(rows))]


def _tied(rng, pair, start):
    """Traffic that gives the two models the same rate from different counts: c of n
    requests clicked for one, 2c of 2n for the other (one request retried)."""
    n = int(rng.integers(2, 6))
    c = int(rng.integers(1, n))
    rows, request = [], start
    for model, k in zip(pair, (1, 2)):
        for j in range(k * n):
            rows.append((request, model, int(j < k * c)))
            request += 1
    rows.append((start, pair[0], 0))  # a retried copy, not clicked
    return rows


def _case(name, models, impressions, hidden=False):
    return Case(name, (list(models), list(impressions)), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        models = _registry(rng, int(rng.integers(6, 9)))
        if models[0][0] < models[1][0]:  # the registry lists the tied pair out of order
            models[0], models[1] = models[1], models[0]
        ids = [m for m, _ in models]
        idle = 1 + i % 2  # the last one or two models get no traffic
        rows = _log(rng, ids[2:-idle] + ["legacy_v0"], int(rng.integers(30, 80)))
        rows += _tied(rng, ids[:2], start=max(r for r, _, _ in rows) + 1)
        rows = [rows[j] for j in rng.permutation(len(rows))]
        out.append(
            _case(
                f"random traffic #{i + 1} (two tied rates, {idle} idle, one retired)", models, rows
            )
        )

    models = [("zeta", "ana"), ("alpha", "bo"), ("mid", "cy")]
    rows = [
        (1, "zeta", 1),
        (2, "zeta", 0),
        (3, "alpha", 0),
        (4, "alpha", 1),
        (5, "mid", 1),
        (6, "mid", 1),
        (7, "mid", 0),
        (8, "mid", 0),
    ]
    out.append(_case("tied rates: model_id breaks the tie", models, rows))

    models = _registry(rng, 3)
    rows = [
        (10, models[0][0], 1),
        (11, models[0][0], 1),
        (12, models[0][0], 1),
        (13, models[0][0], 0),
        (14, models[1][0], 1),
        (15, models[1][0], 0),
        (16, models[1][0], 0),
    ]
    out.append(_case("rates of 3/4 and 1/3 (integer division gives 0)", models, rows))

    models = _registry(rng, 2)
    m = models[0][0]
    rows = [(7, m, 0), (7, m, 1), (7, m, 0), (8, m, 0), (8, m, 0), (9, models[1][0], 0)]
    out.append(_case("a retried request clicked in one copy only", models, rows))

    models = _registry(rng, 3)
    a, b, c = (m for m, _ in models)
    rows = [
        (1, a, 1),
        (1, b, 0),
        (2, a, 0),
        (2, a, 0),
        (3, b, 1),
        (1, a, 0),
        (4, c, 0),
        (4, b, 0),
        (4, c, 1),
        (5, b, 0),
    ]
    out.append(
        _case(
            "one request shown by two models: one impression for each",
            models,
            [rows[i] for i in rng.permutation(len(rows))],
        )
    )

    models = _registry(rng, 4)
    out.append(_case("no impressions at all", models, []))
    out.append(_case("an empty registry", [], _log(rng, ["ghost_v1"], 5)))

    models = _registry(rng, 3)
    rows = _log(rng, [m for m, _ in models], 12, retry=0.0, p_click=0.0)
    out.append(_case("no clicks anywhere (rate 0.0, not None)", models, rows))

    models = _registry(rng, 6)
    active = [m for m, _ in models[2:]]
    out.append(
        _case(
            "random traffic (hidden)",
            models,
            _log(rng, active + ["legacy_v0", "legacy_v9"], 60, retry=0.4),
            hidden=True,
        )
    )
    return out


# --- teaching messages ---------------------------------------------------------


def _counts(models, impressions):
    registered = {m for m, _ in models}
    per_request = {}
    for request, model, clicked in impressions:
        per_request[(model, request)] = max(per_request.get((model, request), 0), clicked)
    raw = {}
    for request, model, clicked in impressions:
        n, c = raw.get(model, (0, 0))
        raw[model] = (n + 1, c + clicked)
    return registered, per_request, raw


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    hint = _diagnose(case, expected, got)
    return f"{problem}; {hint}" if hint else problem


def _diagnose(case, expected, got):
    models, impressions = case.args
    if not isinstance(got, list) or not all(isinstance(r, tuple) and len(r) == 4 for r in got):
        return (
            "return a list of 4-tuples (fetchall() gives exactly that): "
            "(model_id, n_impressions, n_clicks, ctr)"
        )
    want = {r[0]: r for r in expected}
    have = {r[0]: r for r in got}
    missing = [m for m in want if m not in have]
    if missing:
        idle = [m for m in missing if want[m][1] == 0]
        if idle:
            return (
                f"model {idle[0]!r} had no impressions and is missing: an inner join "
                "drops it. Start from the registry with models LEFT JOIN ..."
            )
        return f"model {missing[0]!r} is missing from the result"
    extra = [m for m in have if m not in want]
    if extra:
        return (
            f"{extra[0]!r} is not in the registry: rows of retired models are ignored "
            "(start from models, not from impressions)"
        )
    _, _, raw = _counts(models, impressions)
    for m, (_, n, c, rate) in want.items():
        _, gn, gc, grate = have[m]
        if n == 0 and gn == 1:
            return (
                f"{m!r} has no impressions but shows 1: COUNT(*) counts the NULL row a "
                "LEFT JOIN makes; count a column of the joined table instead"
            )
        if n == 0 and gc is None:
            return f"{m!r} shows clicks None: SUM over no rows is NULL, wrap it in COALESCE(..., 0)"
        if n > 0 and (gn, gc) == raw.get(m) and (gn, gc) != (n, c):
            return (
                f"{m!r}: the counts include retried copies of the same request: count "
                "each (model_id, request_id) once, clicked if any copy is"
            )
        if (gn, gc) != (n, c):
            shared = len({r for r, _, _ in impressions}) < len(
                {(r, mm) for r, mm, _ in impressions}
            )
            if gn < n and shared:
                return (
                    f"{m!r}: too few impressions: a request_id can appear under several "
                    "models (an interleaving test), and each of them counts it; collapse "
                    "retries per (model_id, request_id), not per request_id alone"
                )
            if gn == n and gc > c:
                return (
                    f"{m!r}: too many clicks: the impressions count each request once, "
                    "but the clicks still count every retried copy that was clicked. "
                    "Collapse retries first (MAX(clicked) per model_id, request_id), or "
                    "count distinct clicked requests"
                )
            if gn == n and gc < c:
                return (
                    f"{m!r}: too few clicks: a retried request is clicked if ANY of its "
                    "copies is (MAX(clicked) per request)"
                )
            if case.hidden:  # the counts are this hidden case's answer
                return f"{m!r}: the impression or click counts are wrong"
            return f"{m!r}: expected {n} impressions and {c} clicks, got {gn} and {gc}"
        if rate is None and grate is not None:
            return f"{m!r} has no impressions: its rate is None (NULL), not {grate!r}"
        if (
            rate is not None
            and grate is not None
            and rate > 0
            and grate == int(rate)
            and same(rate, grate, rtol=RTOL, atol=ATOL) is not None
        ):
            return (
                f"{m!r}: the rate {grate!r} is a whole number: that is integer division "
                "(in SQLite, int / int rounds down); multiply by 1.0 first"
            )
        if (
            isinstance(rate, float)
            and isinstance(grate, float)
            and grate != rate
            and any(grate == round(rate, digits) for digits in range(5))
        ):
            return (
                f"{m!r}: the rate {grate!r} is rounded: return the full ratio, and round "
                "only where it is displayed"
            )
        if rate is not None and grate is None:
            return f"{m!r} had impressions: its rate is a number, not None"
    if sorted(got, key=lambda r: r[0]) == sorted(expected, key=lambda r: r[0]):
        return (
            "the right rows in the wrong order: ORDER BY ctr DESC, then model_id; "
            "models without a rate go last"
        )
    return None
