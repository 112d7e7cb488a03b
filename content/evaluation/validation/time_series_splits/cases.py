import numpy as np

from mldojo.grading.casekit import Case, same


def _days(rng, n):
    """n distinct dates, shuffled, as datetime64[D]."""
    offsets = rng.choice(3 * n, size=n, replace=False)
    return np.datetime64("2023-03-01") + offsets.astype("timedelta64[D]")


def _case(name, t, n_splits, test_size, gap=None, hidden=False):
    kwargs = {} if gap is None else {"gap": gap}
    return Case(name, (t, n_splits, test_size), kwargs, hidden=hidden)


def cases(rng):
    out = []
    for _ in range(3):
        n_splits, test_size, gap = (
            int(rng.integers(2, 5)),
            int(rng.integers(2, 7)),
            int(rng.integers(0, 4)),
        )
        n = n_splits * test_size + gap + int(rng.integers(5, 30))
        out.append(
            _case(
                f"{n} shuffled dates, {n_splits} splits of {test_size}, gap {gap}",
                _days(rng, n),
                n_splits,
                test_size,
                gap,
            )
        )
    t = rng.uniform(1.6e9, 1.7e9, size=40)
    out.append(_case("float Unix times, default gap", t, 3, 5))
    t = np.sort(_days(rng, 25))[::-1].copy()
    out.append(_case("rows stored newest first, gap 2", t, 3, 4, 2))
    out.append(_case("rows already in time order", np.sort(_days(rng, 20)), 4, 3, 1))
    out.append(_case("the first training set is a single row", _days(rng, 12), 2, 4, 3))
    out.append(_case("one split", _days(rng, 15), 1, 5, 0))
    out.append(_case("integer time steps, test blocks of one row", rng.permutation(10) * 7, 5, 1))
    out.append(_case("shuffled dates, gap 1 (hidden)", _days(rng, 30), 4, 5, 1, hidden=True))
    return out


def _positions(n, n_splits, test_size, gap, *, gap_shift=0, sliding=False):
    out = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        first = start - test_size - gap if sliding and i else 0
        out.append(
            (np.arange(max(first, 0), start - gap - gap_shift), np.arange(start, start + test_size))
        )
    return out


def _same_splits(got, want):
    return len(got) == len(want) and all(
        isinstance(g, tuple)
        and len(g) == 2
        and all(
            isinstance(a, np.ndarray) and a.shape == b.shape and np.array_equal(a, b)
            for a, b in zip(g, w, strict=True)
        )
        for g, w in zip(got, want, strict=True)
    )


def _argsort_as_rank(splits, order):
    """The splits made by taking order = np.argsort(t) for each row's position in time:
    the rows r whose order[r] falls in each block of positions."""
    return [
        (np.flatnonzero(np.isin(order, a)), np.flatnonzero(np.isin(order, b))) for a, b in splits
    ]


def _block_size(got):
    """The size every test block of got has, if they are all arrays of one size."""
    sizes = {
        len(g[1])
        for g in got
        if isinstance(g, tuple) and len(g) == 2 and isinstance(g[1], np.ndarray)
    }
    return sizes.pop() if len(sizes) == 1 and len(got) else None


def _as_rows(splits, order):
    return [(np.sort(order[a]), np.sort(order[b])) for a, b in splits]


def compare(case, expected, got):
    if isinstance(got, list):
        for i, pair in enumerate(got):
            if isinstance(pair, tuple) and len(pair) == 2:
                for name, idx in zip(("train_idx", "test_idx"), pair, strict=True):
                    if isinstance(idx, np.ndarray) and idx.dtype.kind not in "iu":
                        return (
                            f"split {i}: {name} has dtype {idx.dtype}; return integer row indices"
                        )
    problem = same(expected, got, check_dtype=False)
    if problem is None:
        return None
    hint = _diagnose(case, expected, got)
    if case.hidden:
        return hint or "the splits do not match the rule in the statement"
    return f"{problem}; {hint}" if hint else problem


def _diagnose(case, expected, got):
    if not isinstance(got, list):
        return "return a list of (train_idx, test_idx) tuples, one per split"
    if len(got) != len(expected):
        return f"there should be n_splits = {len(expected)} splits"
    t, n_splits, test_size = case.args
    gap = case.kwargs.get("gap", 0)
    n = len(t)
    order = np.argsort(t, kind="stable")
    plain = _positions(n, n_splits, test_size, gap)
    if _same_splits(got, plain) and not _same_splits(expected, plain):
        return (
            "these cut the rows by position, not by time: put the rows in time order "
            "first (np.argsort of the timestamps), cut there, and map the positions "
            "back to row indices (order[position] is the row)"
        )
    if _same_splits(got, _argsort_as_rank(plain, order)):
        return (
            "np.argsort(timestamps) was used as each row's position in time, but it is the "
            "other way round: order[p] is the row at position p, so comparing order with "
            "start picks rows by the wrong rule. Slice it (order[a:b] are the rows at "
            "positions a to b - 1), or invert it first (rank[order] = np.arange(n) gives "
            "each row's position)"
        )
    arrays = all(
        isinstance(g, tuple) and len(g) == 2 and all(isinstance(a, np.ndarray) for a in g)
        for g in got
    )
    size = _block_size(got)
    if (
        size not in (None, test_size)
        and n - n_splits * size - gap >= 1
        and _same_splits(got, _as_rows(_positions(n, n_splits, size, gap), order))
    ):
        sklearn = size == n // (n_splits + 1)
        if case.hidden:
            what = "every test block has the same wrong number of rows"
            asked = "test_size rows"
        else:
            what = f"every test block has {size} rows"
            asked = f"test_size = {test_size} rows"
        if sklearn:
            what += (
                ", n // (n_splits + 1), what scikit-learn's TimeSeriesSplit uses when it "
                "is not given test_size"
            )
        return (
            f"{what}: each must have {asked}, as asked (the horizon the model is "
            "scored over, a week of days say), with the blocks counted back from the "
            "newest row"
        )
    if arrays and _same_splits([tuple(np.sort(a) for a in g) for g in got], expected):
        return "the right rows, but each array must be sorted ascending (np.sort)"
    if gap and _same_splits(got, _as_rows(_positions(n, n_splits, test_size, 0), order)):
        return (
            f"the gap is missing: training must stop {gap} rows (in time order) before "
            "each test block"
        )
    moved = []
    for i in range(n_splits):
        start = n - (n_splits - i) * test_size
        moved.append((np.arange(start), np.arange(start + gap, min(start + gap + test_size, n))))
    if gap and _same_splits(got, _as_rows(moved, order)):
        rows = "row" if gap == 1 else "rows"
        return (
            f"the gap moved the test block {gap} {rows} later instead of shortening the "
            "training set: the test block stays at start, and training stops at "
            "start - gap"
        )
    for shift in (1, -1):
        if _same_splits(
            got, _as_rows(_positions(n, n_splits, test_size, gap, gap_shift=shift), order)
        ):
            return (
                f"training stops {'one row too early' if shift == 1 else 'one row too late'}: "
                "it covers the positions 0 up to, not including, start - gap"
            )
    if _same_splits(got, _as_rows(_positions(n, n_splits, test_size, gap, sliding=True), order)):
        return "the training window slides: it should expand, always starting at the oldest row"
    last = got[-1]
    if (
        isinstance(last, tuple)
        and len(last) == 2
        and isinstance(last[1], np.ndarray)
        and not np.array_equal(np.sort(last[1]), expected[-1][1])
    ):
        return (
            "the last split must test on the newest test_size rows: count the test "
            "blocks back from the end of the time order"
        )
    return None
