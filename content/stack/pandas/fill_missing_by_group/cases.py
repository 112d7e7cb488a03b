import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same, short

STORES = ["north", "south", "east", "west", "centre"]


def _frame(rng, n, labels, *, missing=0.3, index=None):
    """A frame with the value column in the middle, between two other columns."""
    groups = rng.choice(labels, size=n)
    price = np.round(rng.lognormal(2.0, 0.8, size=n), 2)
    price[rng.random(n) < missing] = np.nan
    return pd.DataFrame(
        {"item_id": rng.permutation(n) + 100, "price": price, "store": groups,
         "units": rng.integers(0, 50, size=n)},
        index=index,
    )


def cases(rng):
    out = []
    for i in range(3):
        n = int(rng.integers(10, 25))
        out.append(Case(f"random frame {i + 1} ({n} rows)",
                        (_frame(rng, n, STORES[:3]), "store", "price")))

    n = int(rng.integers(10, 20))
    df = _frame(rng, n, [3, 7, 11, 20], index=rng.permutation(n) * 10)
    out.append(Case("integer group labels, shuffled integer index", (df, "store", "price")))

    n = int(rng.integers(8, 14))
    df = _frame(rng, n, STORES[:2], index=[f"row{j}" for j in rng.permutation(n)])
    out.append(Case("string index", (df, "store", "price")))

    # Labels that repeat (frames concatenated without ignore_index): filling row by
    # row through df.loc[label] reaches every row with that label, of whatever group.
    n = int(rng.integers(10, 16))
    df = _frame(rng, n, STORES[:3], index=rng.integers(0, n // 3, size=n))
    df.iloc[0, df.columns.get_loc("price")] = np.nan
    out.append(Case("repeated index labels", (df, "store", "price")))

    df = _frame(rng, int(rng.integers(8, 14)), STORES[:2])
    empty = np.zeros(len(df), dtype=bool)
    empty[rng.choice(len(df), size=3, replace=False)] = True
    df.loc[empty, "store"] = "closed"
    df.loc[empty, "price"] = np.nan
    out.append(Case("a group whose values are all NaN", (df, "store", "price")))

    df = _frame(rng, int(rng.integers(8, 14)), STORES[:2])
    df.loc[df.index[0], ["store", "price"]] = ["solo_missing", np.nan]
    df.loc[df.index[-1], ["store", "price"]] = ["solo_present", 9.5]
    out.append(Case("one-row groups", (df, "store", "price")))

    # Two present values per group: the median (their midpoint) differs from nothing
    # else, and four values make the median average the two middle ones.
    df = _frame(rng, 12, STORES[:2], missing=0.0)
    df["store"] = ["north"] * 6 + ["south"] * 6
    df.loc[df.index[[1, 7]], "price"] = np.nan
    df["price"] = df["price"] * rng.choice([1.0, 10.0], size=12)
    out.append(Case("even group sizes (median of two middle values)",
                    (df.sample(frac=1.0, random_state=int(rng.integers(1 << 30))),
                     "store", "price")))

    df = _frame(rng, int(rng.integers(10, 16)), STORES[:3])
    df["price"] = df["price"].astype(np.float32)
    out.append(Case("a float32 value column (stays float32)", (df, "store", "price"),
                    rtol=1e-6))  # float32 holds about 7 digits

    df = _frame(rng, int(rng.integers(6, 12)), STORES, missing=0.0)
    out.append(Case("nothing missing", (df, "store", "price")))

    df = _frame(rng, int(rng.integers(6, 12)), STORES, missing=0.0)
    out.append(Case("nothing missing, integer value column", (df, "store", "units")))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    hint = _diagnose(case, expected, got)
    where = _first_difference(case, expected, got)
    problem = where or problem.replace("[left]", "[expected]").replace("[right]", "[yours]")
    return f"{problem}; {hint}" if hint else problem


def _close(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and bool(np.all(np.isclose(a, b, rtol=1e-7, equal_nan=True)))


def _first_difference(case, expected, got):
    """The first wrong cell of the value column, in words, when only values differ."""
    if not (isinstance(got, pd.DataFrame) and list(got.columns) == list(expected.columns)
            and got.index.equals(expected.index)
            and list(got.dtypes) == list(expected.dtypes)):
        return None
    _, group_col, value_col = case.args
    want = expected[value_col].to_numpy(dtype=float)
    have = got[value_col].to_numpy(dtype=float)
    wrong = ~np.isclose(have, want, rtol=1e-7, equal_nan=True)
    if not wrong.any():
        return None
    i = int(np.argmax(wrong))
    return (f"{int(wrong.sum())} of {len(want)} values of {value_col!r} are wrong; the first at "
            f"row {short(expected.index[i])} (group {short(expected[group_col].iloc[i])}): "
            f"expected {short(want[i])}, got {short(have[i])}")


def _diagnose(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return "return a DataFrame: a copy of df with the value column filled"
    df, group_col, value_col = case.args
    if list(got.columns) != list(expected.columns):
        return ("return every column of df, in its original order (groupby().transform and "
                "apply on the whole frame drop or move the group column)")
    if not got.index.equals(expected.index):
        if (got.index.equals(pd.RangeIndex(len(got)))
                and not expected.index.equals(pd.RangeIndex(len(expected)))):
            return ("the index was replaced by 0..n-1: keep df's index labels (merge and "
                    "reset_index throw them away)")
        if sorted(map(str, got.index)) == sorted(map(str, expected.index)):
            return ("the rows came back in a different order: keep df's row order "
                    "(groupby().apply and sort_values reorder rows)")
        return "the index changed: keep df's index labels and their order"
    if list(got.dtypes) != list(expected.dtypes):
        if got[value_col].dtype != expected[value_col].dtype and df[value_col].isna().any():
            return (f"{value_col!r} came back {got[value_col].dtype}, but df holds it as "
                    f"{df[value_col].dtype}: fill it in place of its NaNs (fillna, or values "
                    "of the column's own dtype) instead of rebuilding it from float64 NumPy "
                    "arrays")
        return ("a column changed dtype: fill with fillna, which keeps the column's dtype "
                "when there is nothing to fill, instead of rebuilding the column")
    for col in df.columns:
        if col != value_col and not got[col].equals(expected[col]):
            return f"column {col!r} changed: only {value_col!r} should be filled"
    values, fill = df[value_col], got[value_col]
    if _close(fill, values.fillna(values.median())):
        return ("the holes were filled with the median of the whole column: use the median "
                "of each row's own group")
    if _close(fill, values.fillna(df.groupby(group_col)[value_col].transform("mean"))):
        return "the holes were filled with the group mean: the task asks for the median"
    for how in ("lower", "higher"):
        picked = df.groupby(group_col)[value_col].transform(
            lambda s, how=how: s.quantile(0.5, interpolation=how))
        if _close(fill, values.fillna(picked)):
            return ("the median of an even number of values is the mean of the two middle "
                    f"ones; this took the {how} of them: use .median()")
    present = expected[value_col].notna().to_numpy()
    if _close(fill[present], expected[value_col][present]) and fill[~present].notna().any():
        return ("a group with no values at all must stay NaN: do not fall back on the "
                "global median, 0 or a neighbour")
    if not _close(fill[values.notna()], values[values.notna()]):
        if df.index.has_duplicates:
            return ("a value that was present changed: the index repeats labels, and "
                    "out.loc[label, ...] = v writes every row with that label; fill by "
                    "position or with a whole aligned column (fillna)")
        return "a value that was present changed: fill only the NaNs"
    return None
