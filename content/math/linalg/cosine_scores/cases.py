import numpy as np

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12


def _case(name, query, docs, hidden=False):
    return Case(name, (query, docs), hidden=hidden, rtol=RTOL, atol=ATOL)


def cases(rng):
    out = []
    for i in range(4):
        n, d = int(rng.integers(2, 10)), int(rng.integers(2, 8))
        out.append(
            _case(
                f"random #{i + 1} ({n} documents, d={d})",
                rng.normal(size=d),
                rng.normal(scale=rng.uniform(0.5, 5), size=(n, d)),
            )
        )
    d = int(rng.integers(3, 6))
    docs = rng.normal(size=(6, d))
    docs[[1, 4]] = 0.0
    out.append(_case("two documents are all zeros", rng.normal(size=d), docs))
    out.append(_case("the query is all zeros", np.zeros(4), rng.normal(size=(5, 4))))
    n = int(rng.integers(3, 6))
    out.append(_case("square docs (n == d)", rng.normal(size=n), rng.normal(size=(n, n))))
    out.append(
        _case("integer inputs", rng.integers(-5, 6, size=4), rng.integers(-5, 6, size=(5, 4)))
    )
    out.append(_case("one document", rng.normal(size=3), rng.normal(size=(1, 3))))
    out.append(_case("no documents", rng.normal(size=3), np.zeros((0, 3))))
    q = rng.normal(size=5)
    scales = rng.uniform(0.1, 10, size=4) * np.array([1, -1, 1, -1])
    out.append(
        _case(
            "documents parallel to the query, of different lengths",
            q,
            scales[:, None] * q,
            hidden=True,
        )
    )
    out.append(
        _case(
            "one feature (d = 1)",
            np.array([2.0]),
            np.array([[3.0], [-0.5], [0.0], [7.0]]),
            hidden=True,
        )
    )
    d = int(rng.integers(3, 6))
    docs = rng.normal(size=(5, d))
    docs[2, int(rng.integers(0, d))] = np.nan
    docs[3] = 0.0
    out.append(
        _case("a row with a missing value (NaN) and an all-zero row", rng.normal(size=d), docs)
    )
    d = int(rng.integers(3, 6))
    docs = rng.normal(size=(4, d)) * np.array([1e-9, 1.0, 1e-12, 1e-6])[:, None]
    out.append(_case("very short documents (tiny but nonzero norms)", rng.normal(size=d), docs))
    query = rng.normal(size=d)
    query[int(rng.integers(0, d))] = np.nan
    docs = rng.normal(size=(4, d))
    docs[2] = 0.0  # NaN wins over the zero rule: this row scores NaN too
    out.append(_case("a query with a missing value (NaN), and an all-zero row", query, docs))
    d = int(rng.integers(3, 6))
    docs = rng.normal(size=(3, d))
    docs[1, int(rng.integers(0, d))] = np.nan
    out.append(
        _case("the query is all zeros and a row has a missing value (NaN)", np.zeros(d), docs)
    )
    return out


def _variants(query, docs):
    q, D = np.asarray(query, float), np.asarray(docs, float)
    dots = D @ q
    row, qn = np.linalg.norm(D, axis=1), np.linalg.norm(q)
    with np.errstate(all="ignore"):
        yield (
            dots,
            (
                "these are the plain dot products q . D_i: divide each by the norm of "
                "the query times the norm of the row"
            ),
        )
        yield (
            np.where(row > 0, dots / row, 0.0),
            "only the documents are normalised: divide by the query's norm as well",
        )
        yield (
            np.where(row * qn > 0, dots / (row * qn) ** 2, 0.0),
            "the norms look squared: the norm is the square root of the sum of squares",
        )
        if D.shape[0] == D.shape[1]:
            col = np.linalg.norm(D, axis=0)
            yield (
                np.where(col * qn > 0, dots / (col * qn), 0.0),
                "the norms were taken along axis 0 (one per column); each row's norm "
                "runs along axis 1",
            )


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:  # same()'s words would show the hidden case's expected values
        problem = "the values differ"
    query, docs = case.args
    if not isinstance(got, np.ndarray):
        return problem + "; return a NumPy float64 array with one score per document"
    if got.shape != expected.shape:
        return problem + f"; return one score per row of docs: shape ({docs.shape[0]},)"
    if got.dtype != np.float64:
        return problem + "; convert to float64 (integer inputs must still give float scores)"
    with np.errstate(all="ignore"):
        row_norms = np.linalg.norm(np.asarray(docs, float), axis=1)
        query_norm = np.linalg.norm(np.asarray(query, float))
        products = row_norms * query_norm
        short_rows = products < 1e-4
        off = ~np.isclose(got, expected, rtol=1e-9, atol=1e-12, equal_nan=True)
    hidden_nan = np.isnan(expected) & ~np.isnan(got)
    zero_side = (row_norms == 0) | (query_norm == 0)
    if (hidden_nan & ~zero_side).any():
        i = int(np.flatnonzero(hidden_nan & ~zero_side)[0])
        return (
            problem + f"; entry {i} should be NaN, since a NaN in its row or in the query "
            "is missing data, but it came back as a number: np.nan_to_num, or a test "
            "such as norms > 0 (False for NaN), hides it. Give 0.0 only where the product "
            "of the norms is exactly zero (norms == 0)"
        )
    if hidden_nan.any():  # each NaN hidden only where it meets an all-zero vector
        i = int(np.flatnonzero(hidden_nan)[0])
        if row_norms[i] == 0:  # the NaNs of the other rows show: the zero row decided
            return (
                problem + f"; entry {i} should be NaN: the query holds a NaN and row {i} is "
                "all zeros, and NaN wins over the zero rule, since missing data must stay "
                "visible whatever it meets. A test on each norm on its own (row norm != 0 "
                "and query norm != 0) lets the zero row decide; test the product of the "
                "norms, which is NaN here, not 0"
            )
        return (
            problem + f"; entry {i} should be NaN: row {i} holds a NaN and the query is all "
            "zeros, and NaN wins over the zero rule, since missing data must stay visible "
            "whatever it meets. A test such as norms > 0 (False for NaN), or a test on each "
            "norm on its own (query norm != 0), gives 0.0 here; give 0.0 only where the "
            "product of the norms is exactly zero (== 0), which a NaN is not"
        )
    extra_nan = np.isnan(got) & ~np.isnan(expected)
    if extra_nan.any():
        i = int(np.flatnonzero(extra_nan)[0])
        if products[i] == 0:
            return (
                problem + f"; entry {i} is NaN: a zero vector has norm 0, and 0/0 is NaN. "
                "Give 0.0 wherever the product of the two norms is zero"
            )
        return (
            problem + f"; entry {i} is NaN, though neither the query nor its row holds a NaN "
            "or is all zeros: look for a 0/0 or the square root of a negative number"
        )
    for wrong, advice in _variants(query, docs):
        if wrong.shape == got.shape and np.allclose(got, wrong, rtol=1e-9, atol=1e-12):
            return f"{problem}; {advice}"
    if (off & (products == 0)).any():
        i = int(np.flatnonzero(off & (products == 0))[0])
        where = "an entry" if case.hidden else f"entry {i}"
        return (
            problem + f"; {where} has a zero norm (the query or its row is all zeros), "
            "so its score is 0.0: np.divide(..., where=mask) leaves the entries it skips "
            "as whatever memory held unless it is given out=np.zeros(...)"
        )
    if (off & short_rows).any() and not (off & ~short_rows).any():
        return (
            problem + "; only the documents with tiny (but nonzero) norms are wrong: a "
            "cosine does not depend on length, so do not floor the norms with an epsilon "
            "(np.maximum(norms, eps)) or test norms > eps; give 0.0 only where a norm is "
            "exactly zero"
        )
    eps = _added_epsilon(expected, got, row_norms, query_norm, off)
    if eps is not None:
        about = f" (here about {eps:.0e})"
        return (
            problem + "; every score comes out a little smaller in size than the cosine, "
            "short documents the most: that is an epsilon added to the denominator"
            f"{about}, which scales score i by ||q|| ||D_i|| / (||q|| ||D_i|| + eps), a "
            "relative error of about eps / (||q|| ||D_i||). It biases every score and drops "
            "short documents down the ranking; divide by the product of the norms as it is, "
            "and give 0.0 only where it is exactly zero"
        )
    if np.abs(got).max(initial=0.0) > 1 + 1e-9:
        return problem + "; a cosine always lies between -1 and 1"
    return problem + "; entry i is (q . D_i) / (||q|| ||D_i||), or 0.0 if either norm is 0"


def _added_epsilon(expected, got, row_norms, query_norm, off):
    """The eps of an epsilon added to the denominator, when the scores fit one: every
    score that moved at all, the wrong ones among them, shrunk towards 0 (never across
    it) to q.D_i / (||q|| ||D_i|| + eps), or to q.D_i / ((||q|| + eps) (||D_i|| + eps)),
    with one eps for all of them within 10%. Three moved scores at least, none of them
    rounded to float32: a score or two shrunk by rounding can agree on an eps by chance."""
    with np.errstate(all="ignore"):
        moved = np.isfinite(expected) & (expected != 0) & (got != expected)
        if moved.sum() < 3 or (off & ~moved).any():
            return None
        ratio = got[moved] / expected[moved]
        if not np.all(np.isfinite(ratio) & (ratio > 0) & (ratio < 1)):
            return None
        if np.array_equal(got[moved].astype(np.float32), got[moved]):
            return None  # float32 arithmetic rounds, and can round every score down
        extra = row_norms[moved] * query_norm * (1 / ratio - 1)  # what the denominator gained
        for eps in (extra, extra / (row_norms[moved] + query_norm)):  # first order in eps
            if np.all(np.isfinite(eps) & (eps > 0)) and eps.max() <= 1.1 * eps.min():
                return float(np.median(eps))
    return None
