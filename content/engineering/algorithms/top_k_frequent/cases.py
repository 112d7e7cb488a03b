from collections import Counter

import numpy as np

from mldojo.grading.casekit import Case, same, short

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "zo", "Be", "Di"]


def _words(rng, u):
    words = set()
    while len(words) < u:
        words.add("".join(rng.choice(SYLLABLES, size=int(rng.integers(1, 4)))))
    return sorted(words)


def _items(rng, values, counts):
    """Each value repeated by its count, shuffled: ties in count are common."""
    items = [v for v, c in zip(values, counts, strict=True) for _ in range(int(c))]
    return [items[i] for i in rng.permutation(len(items))]


def _ties_against_appearance(values, count):
    """Tied values whose first appearance is in descending value order."""
    ordered = sorted(values, reverse=True)
    return [v for _ in range(count) for v in ordered]


def cases(rng):
    out = []
    for _ in range(2):
        u = int(rng.integers(8, 20))
        values = [int(v) for v in rng.choice(np.arange(-30, 30), size=u, replace=False)]
        items = _items(rng, values, rng.integers(1, 6, size=u))
        out.append(Case(f"random integers ({len(items)} items)", (items, int(rng.integers(1, u)))))
    u = int(rng.integers(8, 15))
    words = _words(rng, u)
    items = _items(rng, words, rng.integers(1, 5, size=u))
    out.append(Case(f"random strings ({len(items)} items)", (items, int(rng.integers(2, u)))))

    values = [int(v) for v in rng.choice(np.arange(1, 40), size=6, replace=False)]
    items = _ties_against_appearance(values, int(rng.integers(2, 4)))
    out.append(Case("all tied, larger values seen first", (items, int(rng.integers(2, 6)))))
    words = _words(rng, 5)
    items = _ties_against_appearance(words, 2) + [words[-1]] * 3
    out.append(Case("string ties, larger values seen first", (items, 3)))
    stem, other = _words(rng, 2)
    prefixed = [stem + "ka", stem, other + "zo", other]  # each word after the one it extends
    out.append(
        Case(
            "a string ties with a longer string that starts with it",
            (_ties_against_appearance(prefixed, 2), 3),
        )
    )
    lower, upper = (
        sorted(str(w) for w in rng.choice(pool, size=2, replace=False))
        for pool in (["apple", "banana", "cherry", "fig"], ["Kiwi", "Plum", "Zoo", "Tea"])
    )
    # Each capitalised word sorts after the lowercase ones once case is ignored, and
    # before them in Python's order ("Zoo" < "apple").
    cased = [lower[0], upper[1], lower[1], upper[0]]
    out.append(
        Case(
            "capitalised and lowercase strings tie (capitals sort first in Python)",
            (_ties_against_appearance(cased, 2) + [lower[1]] * 3, 4),
        )
    )
    values = [int(v) for v in rng.choice(np.arange(1, 10), size=3, replace=False)]
    values += [int(v) for v in rng.choice(np.arange(10, 40), size=3, replace=False)]
    out.append(
        Case(
            "one- and two-digit integers (numeric order, not text order)",
            (_ties_against_appearance(values, 2), 4),
        )
    )
    items = _items(rng, [int(v) for v in rng.choice(50, size=4, replace=False)], [3, 1, 2, 1])
    out.append(Case("k larger than the number of distinct items", (items, 10)))
    out.append(Case("k = 0", (_items(rng, ["x", "y"], [2, 1]), 0)))
    out.append(Case("no items", ([], 3)))
    out.append(Case("one item", ([int(rng.integers(100))], 1)))

    values = rng.zipf(1.3, size=50_000)
    out.append(
        Case(
            "50 000 items, Zipf-distributed like word counts", ([int(v) % 2000 for v in values], 20)
        )
    )
    # A long tail: most values occur once or twice, so one pass over the list per
    # distinct value is billions of steps.
    head = rng.zipf(1.5, size=30_000) % 500
    tail = rng.integers(500, 300_000, size=70_000)
    items = np.concatenate([head, tail])[rng.permutation(100_000)]
    out.append(
        Case(
            "100 000 items, about 60 000 distinct (count in one pass)",
            ([int(v) for v in items], 25),
        )
    )
    return out


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if isinstance(got, list) and len(got) == len(expected):
        i = next(
            i
            for i, (e, g) in enumerate(zip(expected, got, strict=True))
            if e != g or type(e) is not type(g)
        )
        problem = f"expected {short(expected[i])} at position {i}, got {short(got[i])}"
    hint = _diagnose(case, expected, got)
    return f"{problem}; {hint}" if hint else problem


def _diagnose(case, expected, got):
    items, k = case.args
    if not isinstance(got, list):
        return "return a list of items"
    if got and all(isinstance(g, tuple) for g in got):
        return "return the items only, not (item, count) pairs"
    counts = Counter(items)
    want = min(k, len(counts))
    if len(got) != want:
        if k > len(counts):
            return (
                f"there are only {len(counts)} distinct items here, fewer than k = {k}: "
                "return all of them"
            )
        return f"return exactly k = {k} items when there are at least k distinct ones"
    if any(g not in counts for g in got):
        return f"{short(next(g for g in got if g not in counts))} is not one of the items"
    if [counts[g] for g in got] != [counts[e] for e in expected]:
        if [counts[g] for g in got] == sorted(counts[g] for g in got):
            return "the most frequent item comes first: sort counts descending"
        return "these are not the k most frequent items: compare the counts"
    descending = got == sorted(counts, key=lambda v: (counts[v], v), reverse=True)[:k]
    appearance = got == [v for v, _ in counts.most_common(k)]
    if descending and appearance:
        return (
            "tied items came out largest first: that is both their order of first "
            "appearance (what Counter.most_common keeps) and a descending sort on "
            "(count, value); sort ascending by (-count, value) instead"
        )
    if descending:
        return (
            "ties are in descending value order (what nlargest or reverse=True on "
            "(count, value) gives): sort ascending by (-count, value) instead"
        )
    if appearance:
        return (
            "ties are broken by first appearance (that is what Counter.most_common "
            "does): break them by value, ascending"
        )
    in_order = got == sorted(got, key=lambda v: (-counts[v], v))
    if in_order and set(got) != set(expected):
        tied = counts[expected[-1]]
        picked = sorted(v for v, _ in counts.most_common(k))
        source = (
            " Counter.most_common(k) chose them by first appearance, and sorting its k "
            "items afterwards cannot bring back one it left out."
            if sorted(got) == picked
            else ""
        )
        return (
            f"the wrong items among those tied at the cut-off (count {tied}): when more "
            "items share the k-th count than fit in k, the smallest values win, so the "
            "answer does not depend on the order the items came in (a vocabulary that "
            f"changes from run to run).{source} Order all the counts by (-count, value) "
            "first, then take the first k"
        )
    if isinstance(got[0], str) and any(
        a.startswith(b) and a != b and counts[a] == counts[b]
        for i, a in enumerate(got)
        for b in got[i + 1 :]
    ):
        return (
            "a string must come before the longer strings that start with it ('ka' "
            "before 'kalo'), as Python's string order has it: compare the strings "
            "themselves (sort by (-count, value)) rather than a key built from their "
            "letters"
        )
    if (
        isinstance(got[0], str)
        and any(g != g.lower() for g in got)
        and got == sorted(counts, key=lambda v: (-counts[v], v.lower()))[:k]
    ):
        return (
            "ties were ordered ignoring case: Python's string order puts every capital "
            "letter before every lowercase one ('Zoo' < 'apple'), so compare the strings "
            "as they are, without .lower() or .casefold()"
        )
    if isinstance(got[0], int) and got == sorted(counts, key=lambda v: (-counts[v], str(v)))[:k]:
        return "integers must be in numeric order within a tie, not in text order"
    return (
        "the right items with the right counts, but ties are in the wrong order: "
        "equal counts go by value, ascending"
    )
