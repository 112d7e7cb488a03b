from collections import Counter
from dataclasses import replace

from mldojo.grading.casekit import Case

WORDS = ["cat", "dog", "bird", "fish", "frog", "owl", "ant", "bee", "eel", "yak"]


def _items(rng, n):
    kind = int(rng.integers(0, 3))
    if kind == 0:
        return [int(v) for v in rng.integers(0, 100, size=n)]
    if kind == 1:
        return [WORDS[int(i)] for i in rng.integers(0, len(WORDS), size=n)]
    return [round(float(v), 3) for v in rng.normal(size=n)]


def _fresh(cases):
    """Every batch must be a new list: a batch that is `items` itself (or a list of
    batches that is) passes on its values, and then a loop that pads, shuffles or
    clears a batch in place changes the caller's data."""
    return [replace(case, fresh_result=True) for case in cases]


def cases(rng):
    out = []
    for i in range(5):
        n, b = int(rng.integers(3, 40)), int(rng.integers(2, 8))
        if n % b == 0:
            n += 1  # a remainder, so drop_last matters
        out.append(
            Case(f"random {n} items, batch {b}", (_items(rng, n), b), {"drop_last": bool(i % 2)})
        )
    b = int(rng.integers(2, 6))
    k = int(rng.integers(2, 5))
    exact = _items(rng, b * k)
    out.append(Case("length a multiple of the batch size", (exact, b)))
    out.append(
        Case("length a multiple of the batch size, drop_last", (exact, b), {"drop_last": True})
    )
    out.append(
        Case(
            "a remainder of one, drop_last",
            (_items(rng, b * k + 1), b),
            {"drop_last": True},
            hidden=True,
        )
    )
    out.append(Case("batch size 1", (_items(rng, 5), 1)))
    short = _items(rng, 3)
    out.append(Case("batch larger than the data", (short, 10)))
    out.append(Case("batch larger than the data, drop_last", (short, 10), {"drop_last": True}))
    out.append(Case("no items", ([], 4)))
    out.append(Case("no items, drop_last", ([], 4), {"drop_last": True}, hidden=True))
    out.append(Case("a tuple of items", (tuple(_items(rng, 7)), 3)))
    out.append(Case("duplicates and None are items too", ([None, 0, 0, None, "", 0, None], 3)))
    # Drawn last, so that the cases above stay as they were for a seed.
    b = int(rng.integers(2, 6))
    out.append(Case("exactly one full batch", (_items(rng, b), b)))
    return _fresh(out)


def diagnose(case, expected, got):
    items, batch_size = case.args
    drop_last = case.kwargs.get("drop_last", False)
    if not isinstance(got, list):
        return "return a list of batches"
    if any(isinstance(g, tuple) for g in got):
        return "each batch must be a list, even when items is a tuple: wrap the slice in list()"
    if not all(isinstance(g, list) for g in got):
        return "each batch must itself be a list of items"
    if any(len(g) == 0 for g in got):
        return (
            "there is an empty batch: when the length is a multiple of the batch size "
            "there is no remainder, so no extra batch; range(0, len(items), batch_size) "
            "gives exactly the starts that have items after them"
        )
    flat = [x for g in got for x in g]
    if any(len(g) > batch_size for g in got):
        return f"a batch holds more than batch_size = {batch_size} items"
    if len(flat) > len(items):
        return (
            f"the batches hold {len(flat)} items in all, but there are {len(items)}: the "
            "batches overlap; each one starts where the previous one ended, so step the "
            "start by batch_size: range(0, len(items), batch_size)"
        )
    # A short batch before the last (or any short batch that is not the true remainder,
    # under drop_last): the slice is cut too early, or the remainder comes first.
    complete = len(flat) == len(items)
    short = [
        i
        for i, g in enumerate(got)
        if len(g) < batch_size and (i < len(got) - 1 or (drop_last and not complete))
    ]
    if short:
        return (
            f"batch {short[0]} holds {len(got[short[0]])} items: every batch except the "
            f"last must hold exactly batch_size = {batch_size}, and only the last one the "
            "remainder; slice items[start:start + batch_size] (the stop of a slice is "
            "already excluded)"
        )
    if len(flat) < sum(len(e) for e in expected):
        # Items gone from the middle, all of them None or falsy: a filter, not a cut.
        lost = Counter(map(repr, items)) - Counter(map(repr, flat))
        if flat != list(items)[: len(flat)] and not any(x for x in items if repr(x) in lost):
            return (
                "items are missing: None, 0 and '' are items like any other; keep every "
                "item, whatever its value (no filtering on truthiness or on None)"
            )
        if flat != list(items)[: len(flat)]:
            return (
                "items are skipped between batches: each batch starts where the previous "
                "one ended, so the starts are range(0, len(items), batch_size)"
            )
        if not drop_last:
            return (
                "items are missing: without drop_last, the last short batch holding the "
                "remainder must be kept"
            )
        return "items are missing: drop_last only removes a last batch that is short"
    if drop_last and got and len(got[-1]) < batch_size:
        return "with drop_last=True, a last batch shorter than batch_size must be left out"
    if flat != list(items)[: len(flat)]:
        return "the batches must hold the items in their original order, each exactly once"
    return None
