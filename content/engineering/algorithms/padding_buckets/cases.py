import numpy as np

from mldojo.grading.casekit import Case


def _lengths(rng, n, high=512):
    """Sequence lengths as corpora have them: a long-tailed mix of two modes."""
    short = rng.lognormal(3.0, 0.5, size=n // 2)
    long = rng.lognormal(5.0, 0.4, size=n - n // 2)
    return [int(v) for v in np.clip(np.concatenate([short, long]), 1, high).round()]


def cases(rng):
    out = []
    for i in range(3):
        n, k = int(rng.integers(30, 300)), int(rng.integers(2, 6))
        out.append(Case(f"random lengths #{i + 1} ({n} sequences, k = {k})",
                        (_lengths(rng, n), k)))
    out.append(Case("the statement's example", ([3, 4, 10, 11, 11, 30], 2)))
    out.append(Case("one bucket", (_lengths(rng, 50), 1)))
    out.append(Case("more buckets than distinct lengths", ([5, 5, 7, 9, 9, 9], 10)))
    out.append(Case("all sequences the same length", ([64] * 20, 3)))
    out.append(Case("a few long sequences among many short ones",
                    ([8] * 200 + [9] * 100 + [500, 510, 512], 2)))
    stuck = [5] + [22] * 4 + [26] * 5 + [27] + [35] * 2  # adding or moving one bound at a
    out.append(Case("no single bound to add or move improves, yet 3 buckets do better",
                    ([stuck[i] for i in rng.permutation(len(stuck))], 3)))  # time stops short
    out.append(Case("no sequences", ([], 4)))
    out.append(Case("50,000 sequences of a few hundred lengths, 8 buckets",
                    (_lengths(rng, 50_000), 8), hidden=True))
    out.append(Case("random lengths (hidden)", (_lengths(rng, 400), 4), hidden=True))
    return out


def _padding_of(lengths, bounds):
    edges = np.asarray(bounds)
    x = np.asarray(lengths)
    return int((edges[np.searchsorted(edges, x)] - x).sum())


def _largest_gaps(lengths, k):
    values = sorted(set(lengths))
    gaps = sorted(range(1, len(values)), key=lambda i: values[i] - values[i - 1])[-(k - 1):]
    return _padding_of(lengths, sorted({values[i - 1] for i in gaps} | {values[-1]})) if k > 1 \
        else None


def _one_at_a_time(lengths, k):
    """The paddings where adding the best bound, then moving one bound at a time, stop."""
    values, counts = np.unique(np.asarray(lengths), return_counts=True)

    def pad(bounds):
        edges = np.array(sorted(bounds))
        return int(((edges[np.searchsorted(edges, values)] - values) * counts).sum())

    bounds = {int(values[-1])}
    while len(bounds) < min(k, len(values)):
        bounds.add(min((pad(bounds | {int(v)}), int(v)) for v in values
                       if int(v) not in bounds)[1])
    added, current = pad(bounds), pad(bounds)
    moved = True
    while moved:
        moved = False
        for b in sorted(bounds - {int(values[-1])}):
            for v in (int(v) for v in values if int(v) not in bounds):
                if pad((bounds - {b}) | {v}) < current:
                    bounds = (bounds - {b}) | {v}
                    current, moved = pad(bounds), True
                    break
            if moved:
                break
    return {added, current}


def compare(case, expected, got):
    lengths, k = case.args
    best = expected[0]
    if not (isinstance(got, tuple) and len(got) == 2):
        return "return a tuple (padding, bounds)"
    padding, bounds = got
    if type(padding) is not int:
        return f"padding should be an int, not {type(padding).__name__}"
    if not isinstance(bounds, list):
        return f"bounds should be a list of ints, not {type(bounds).__name__}"
    odd = next((b for b in bounds if type(b) is not int), None)
    if odd is not None:
        return (f"bounds should be a list of Python ints, not of {type(odd).__name__} "
                "(convert each with int())")
    if bounds != sorted(set(bounds)):
        return "bounds should be sorted and distinct"
    if len(bounds) > k:
        return f"use at most k = {k} buckets, not {len(bounds)}"
    if lengths and (not bounds or bounds[-1] < max(lengths)):
        return ("the largest bound must be at least the longest sequence, or that sequence "
                "has no bucket")
    if not lengths:
        return None if (padding, bounds) == (0, []) else "no sequences: return (0, [])"
    real = _padding_of(lengths, bounds)
    if real != padding:
        hint = "" if case.hidden else f" ({real}, not {padding})"
        return (f"your bounds do not give the padding you return{hint}: each sequence is "
                "padded to the smallest bound >= its length")
    if padding == best:
        return None
    where = "" if case.hidden else f": {padding} is above the minimum, {best}"
    if padding > best and k > 1 and padding == _largest_gaps(lengths, k):
        return (f"not the least padding{where}. Splitting at the largest gaps ignores how "
                "many sequences each bucket holds: try every split with a dynamic programme")
    if padding > best and padding in _one_at_a_time(lengths, k):
        return (f"not the least padding{where}. This is where choosing bounds one at a "
                "time stops (adding the best next bound, or moving one bound while that "
                "helps): no single change improves it, but another set of bounds does. Try "
                "every way to cut the sorted distinct lengths with a dynamic programme")
    return (f"not the least padding{where}: consider every way to cut the sorted distinct "
            "lengths into at most k runs (a dynamic programme over the distinct lengths)")
