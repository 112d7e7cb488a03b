import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-9, 1e-12
COLUMNS = ["n", "base_rate", "selection_rate", "tpr", "fpr", "precision"]
FORMULAS = {
    "base_rate": "(TP + FN) / n, the share of rows with y_true 1",
    "selection_rate": "(TP + FP) / n, the share of rows with y_pred 1",
    "tpr": "TP / (TP + FN), divided by the group's actual positives",
    "fpr": "FP / (FP + TN), divided by the group's actual negatives",
    "precision": "TP / (TP + FP), divided by the group's predicted positives",
}


def _frame(rng, groups, sizes, base_rates, tpr, fpr, group_col="group", extra=True):
    g = np.repeat(np.asarray(groups), sizes)
    rates = np.repeat(base_rates, sizes)
    y = (rng.random(len(g)) < rates).astype(np.int64)
    p = np.where(
        y == 1,
        rng.random(len(g)) < np.repeat(tpr, sizes),
        rng.random(len(g)) < np.repeat(fpr, sizes),
    ).astype(np.int64)
    cols = {"id": np.arange(len(g)) + 1000} if extra else {}
    cols.update({group_col: g, "y_true": y, "y_pred": p})
    if extra:
        cols["score"] = np.round(rng.random(len(g)), 3)
    df = pd.DataFrame(cols)
    return df.iloc[rng.permutation(len(df))].reset_index(drop=True)


def cases(rng):
    out = []
    for _ in range(2):
        k = int(rng.integers(3, 6))
        groups = [f"region_{c}" for c in "abcdefg"[:k]][::-1]
        df = _frame(
            rng,
            groups,
            rng.integers(20, 80, size=k),
            rng.uniform(0.1, 0.5, size=k),
            rng.uniform(0.5, 0.9, size=k),
            rng.uniform(0.05, 0.3, size=k),
            group_col="region",
        )
        out.append(Case(f"{k} regions, {len(df)} rows", (df, "region"), rtol=RTOL, atol=ATOL))
    df = _frame(
        rng,
        [45, 25, 65, 18],
        [30, 50, 40, 25],
        [0.3, 0.2, 0.4, 0.3],
        [0.8, 0.6, 0.7, 0.9],
        [0.1, 0.2, 0.1, 0.15],
        group_col="age_band",
    )
    out.append(Case("integer groups (age bands)", (df, "age_band"), rtol=RTOL, atol=ATOL))
    df = _frame(
        rng,
        ["en", "fr", "de"],
        [30, 12, 20],
        [0.4, 0.0, 0.3],
        [0.7, 0.7, 0.7],
        [0.1, 0.2, 0.1],
        group_col="language",
    )
    out.append(
        Case(
            "a group with no actual positive (TPR undefined)",
            (df, "language"),
            rtol=RTOL,
            atol=ATOL,
        )
    )
    df = _frame(
        rng, ["mobile", "desktop"], [25, 30], [0.5, 0.4], [0.0, 0.8], [0.0, 0.1], group_col="device"
    )
    out.append(
        Case(
            "a group where the model flags no one (precision undefined)",
            (df, "device"),
            rtol=RTOL,
            atol=ATOL,
        )
    )
    df = _frame(rng, ["a", "b"], [10, 15], [1.0, 0.3], [0.6, 0.6], [0.2, 0.2])
    out.append(
        Case("a group with no actual negative (FPR undefined)", (df, "group"), rtol=RTOL, atol=ATOL)
    )
    df = _frame(
        rng,
        ["x", "y", "z"],
        [20, 1, 15],
        [0.3, 1.0, 0.3],
        [0.7, 1.0, 0.7],
        [0.1, 0.1, 0.1],
        extra=False,
    )
    df[["y_true", "y_pred"]] = df[["y_true", "y_pred"]].astype(bool)
    out.append(Case("bool labels, a one-row group", (df, "group"), rtol=RTOL, atol=ATOL))
    df = _frame(
        rng, ["north", "south"], [40, 35], [0.3, 0.3], [0.9, 0.5], [0.1, 0.1], group_col="region"
    )
    out.append(
        Case(
            "one group (hidden)",
            (df[df.region == "south"].copy(), "region"),
            rtol=RTOL,
            atol=ATOL,
            hidden=True,
        )
    )
    out.append(
        Case(
            "two regions, unequal recall (hidden)",
            (df, "region"),
            rtol=RTOL,
            atol=ATOL,
            hidden=True,
        )
    )
    return out


def compare(case, expected, got):
    _df, group_col = case.args
    if not isinstance(got, pd.DataFrame):
        return f"return a pandas DataFrame, not {type(got).__name__}"
    if list(got.columns) == [group_col, *COLUMNS]:
        return (
            f"{group_col!r} is a column here: keep the groups as the index, named "
            f"{group_col!r} (no reset_index), and only these columns: {COLUMNS}"
        )
    if list(got.columns) != COLUMNS:
        return f"the columns should be exactly {COLUMNS}, in that order; got {list(got.columns)}"
    if len(got) != len(expected):
        return (
            f"there should be one row per group that occurs in df ({len(expected)}), got {len(got)}"
        )
    if not got.index.equals(expected.index):
        if sorted(map(str, got.index)) == sorted(map(str, expected.index)):
            return "sort the rows by group value, ascending"
        return f"the index should hold the group values of {group_col!r}, sorted"
    if got.index.name != group_col:
        return f"name the index after the group column: {group_col!r}"
    if str(got["n"].dtype) != "int64":
        return f"n counts rows: it should be int64, not {got['n'].dtype}"
    for column in COLUMNS[1:]:
        want, have = expected[column].to_numpy(), got[column].to_numpy(dtype=float)
        undefined = np.isnan(want)
        if undefined.any() and np.allclose(have[undefined], 0.0):
            group = "a group" if case.hidden else f"group {expected.index[undefined][0]!r}"
            return (
                f"{column} of {group} is 0, but it is undefined there (its denominator is "
                "0): it must be NaN, so that no one reads it as a real 0"
            )
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    hint = _diagnose(expected, got)
    if case.hidden:
        return hint or "some values are wrong"
    return f"{problem}; {hint}" if hint else problem


def _diagnose(expected, got):
    def close(a, b):
        return np.allclose(
            got[a].to_numpy(dtype=float), expected[b].to_numpy(dtype=float), equal_nan=True
        )

    if not close("n", "n"):
        return (
            "n is the number of rows of each group; if you count the cells with ~ on "
            "integer columns, ~1 is -2 and ~0 is -1 (bitwise not), not 0 and 1: convert "
            "y_true and y_pred to bool first"
        )
    if np.allclose(
        got["fpr"].to_numpy(dtype=float),
        1.0 - expected["fpr"].to_numpy(dtype=float),
        equal_nan=True,
    ) and not close("fpr", "fpr"):
        return (
            "fpr here is TN / (FP + TN), the true-negative rate (specificity); the FPR is "
            "FP / (FP + TN), the share of actual negatives flagged, 1 minus that"
        )
    if close("tpr", "fpr") and close("fpr", "tpr"):
        return "tpr and fpr are swapped: TPR divides by the actual positives, FPR by the negatives"
    if close("precision", "tpr") and close("tpr", "precision"):
        return (
            "precision and tpr are swapped: precision divides by the predicted "
            "positives (TP + FP), TPR by the actual positives (TP + FN)"
        )
    if close("base_rate", "selection_rate") and close("selection_rate", "base_rate"):
        return "base_rate is the share of y_true == 1, selection_rate the share of y_pred == 1"
    for column in COLUMNS[1:]:
        if not close(column, column):
            return (
                f"check {column}, the first column with a wrong value: per group it is "
                f"{FORMULAS[column]}"
            )
    return None
