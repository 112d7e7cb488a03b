import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same

COUNTRIES = ["FR", "DE", "ES", "IT"]
CONTRACT = {
    "user_id": {"kind": "number", "unique": True},
    "age": {"kind": "number", "min": 0, "max": 120},
    "spend": {"kind": "number", "min": 0.0, "nullable": True},
    "country": {"kind": "string", "allowed": COUNTRIES, "nullable": True},
    "active": {"kind": "bool"},
}


def _batch(rng, n, dirty=0.15):
    index = np.sort(rng.choice(np.arange(1000, 1000 + 5 * n), size=n, replace=False))
    ids = rng.integers(1, 10**6, size=n)
    if n > 3:
        ids[rng.integers(0, n, size=max(1, n // 12))] = ids[0]  # repeated ids
    age = rng.integers(16, 95, size=n).astype(float)
    age[rng.random(n) < dirty / 3] = np.nan
    bad = rng.random(n) < dirty / 3
    age[bad] = rng.choice([-1.0, 121.0, 150.0, 200.0], size=int(bad.sum()))
    spend = np.round(rng.exponential(40, size=n), 2)
    spend[rng.random(n) < dirty / 3] = np.nan
    spend[rng.random(n) < dirty / 4] = -rng.uniform(1, 10)
    country = [str(rng.choice(COUNTRIES)) for _ in range(n)]
    for i in np.flatnonzero(rng.random(n) < dirty / 2):
        country[i] = None if rng.random() < 0.5 else str(rng.choice(["XX", "fr", "UK"]))
    active = rng.random(n) < 0.5
    return pd.DataFrame(
        {"user_id": ids, "age": age, "spend": spend, "country": country, "active": active},
        index=index,
    )


def _case(name, df, contract=None, hidden=False):
    return Case(name, (df, dict(CONTRACT if contract is None else contract)), hidden=hidden)


def _other_contracts(rng):
    """Contracts unlike CONTRACT: a "string" kind to verify, rules without a "kind",
    and unique columns with missing values."""
    index = [int(i) for i in np.sort(rng.choice(np.arange(100, 200), size=5, replace=False))]
    codes = pd.DataFrame(
        {
            "code": ["a7", "b2", int(rng.integers(1, 10)), None, "c1"],
            "label": pd.array(["x", None, "y", "z", "x"], dtype="string"),
            "n": rng.integers(0, 9, size=5),
        },
        index=index,
    )
    strings = {
        "code": {"kind": "string", "nullable": True},
        "label": {"kind": "string", "nullable": True},
        "n": {"kind": "number"},
    }
    ids = int(rng.integers(1, 50))
    loose = pd.DataFrame(
        {
            "uid": [ids, ids + 1, ids, ids + 2, ids + 3],
            "score": [0.5, -0.25, 1.0, 0.75, np.nan],
            "tag": ["a", "b", "a", "c", "b"],
        },
        index=index,
    )
    no_kind = {
        "uid": {"unique": True},
        "region": {"nullable": True},
        "score": {"min": 0.0, "nullable": True},
        "tag": {"allowed": ["a", "b"]},
    }
    gaps = pd.DataFrame(
        {"uid": [3.0, np.nan, 5.0, np.nan, 3.0], "ref": [np.nan, 8.0, np.nan, 9.0, 7.0]},
        index=index,
    )
    unique = {
        "uid": {"kind": "number", "unique": True, "nullable": True},
        "ref": {"kind": "number", "unique": True},
    }
    # pandas' nullable dtypes: `s.dtype == bool` is False for "boolean", and a check of
    # NumPy dtypes alone rejects "Int64" and "Float64".
    nullable = pd.DataFrame(
        {
            "flag": pd.array([True, None, False, True, False], dtype="boolean"),
            "count": pd.array([3, None, -1, 7, 3], dtype="Int64"),
            "ratio": pd.array([0.5, 1.5, None, 0.25, 1.0], dtype="Float64"),
        },
        index=index,
    )
    extension = {
        "flag": {"kind": "bool"},
        "count": {"kind": "number", "min": 0, "nullable": True, "unique": True},
        "ratio": {"kind": "number", "max": 1.0, "nullable": True},
    }
    return [
        _case("a 'string' column holding a number is the wrong kind", codes, strings),
        _case("pandas' nullable dtypes: boolean, Int64, Float64", nullable, extension),
        _case("every rule is optional, 'kind' too", loose, no_kind),
        _case("missing values in a unique column are not repeats", gaps, unique),
    ]


def cases(rng):
    out = [
        _case(f"a dirty batch #{i + 1}", _batch(rng, int(rng.integers(20, 60)))) for i in range(3)
    ]
    clean = _batch(rng, 12, dirty=0.0)
    clean["user_id"] = np.arange(1, 13)
    out.append(_case("a clean batch has no violations", clean))
    df = _batch(rng, 8)
    out.append(
        _case(
            "a missing and an unexpected column",
            df.drop(columns=["spend"]).assign(score=np.linspace(0, 1, 8)),
        )
    )
    df = _batch(rng, 6, dirty=0.0)
    df["age"] = df["age"].astype(int).astype(str)
    df["active"] = df["active"].astype(int)
    out.append(_case("columns of the wrong kind (ages as strings, 0/1 for a bool)", df))
    df = _batch(rng, 6, dirty=0.0)
    df.loc[df.index[[1, 3, 4]], "user_id"] = df["user_id"].iloc[1]
    out.append(_case("every copy of a repeated id is reported, the first one too", df))
    df = pd.DataFrame(
        {
            "user_id": [1.0, np.nan, 3.0],
            "age": [0.0, 120.0, np.nan],
            "spend": [np.nan, 0.0, np.nan],
            "country": [None, "DE", None],
            "active": [True, False, True],
        },
        index=[5, 2, 9],
    )
    out.append(_case("bounds are inclusive, and missing values are only 'null'", df))
    flags = _batch(rng, 5, dirty=0.0)
    flags["user_id"] = [True, False, True, False, True]
    out.append(_case("a bool column is not a number", flags))
    out.append(_case("an empty batch", _batch(rng, 20, dirty=0.0).iloc[:0]))
    out += _other_contracts(rng)
    out.append(_case("a dirty batch (hidden)", _batch(rng, 40, dirty=0.3), hidden=True))
    return out


def _rows(violations, check):
    return {(r, c) for r, c, k in violations if k == check}


def compare(case, expected, got):
    if not isinstance(got, list):
        return f"return a list of (row, column, check) tuples, not {type(got).__name__}"
    bad = next((v for v in got if not (isinstance(v, tuple) and len(v) == 3)), None)
    if bad is not None:
        return f"each violation should be a tuple (row, column, check), not {bad!r}"
    if any(type(r) is not int for r, _, _ in got):
        return "row should be a Python int (int(label)), not a NumPy integer"
    if got != sorted(got):
        return "sort the violations: return sorted(found)"
    problem = same(expected, got)
    if problem is None:
        return None
    df = case.args[0]
    if case.hidden:
        problem = "the violations do not match"
    missing, extra = set(expected) - set(got), set(got) - set(expected)
    labels = set(df.index.tolist())
    if (
        got
        and all(r == -1 or r not in labels for r, _, _ in got)
        and any(r != -1 for r, _, _ in got)
    ):
        return (
            f"{problem}; the rows are reported by position, not by index label: use "
            "s.index[mask] (this batch's labels are not 0..n-1)"
        )
    contract = case.args[1]
    for _, column in sorted(_rows(extra, "kind")):
        dtype = df[column].dtype
        if isinstance(dtype, pd.api.extensions.ExtensionDtype) and str(dtype) in (
            "boolean",
            "Int64",
            "Float64",
        ):
            return (
                f"{problem}; column '{column}' has pandas' nullable dtype {str(dtype)!r}, "
                "which is the right kind: compare dtypes with pandas.api.types "
                "(is_bool_dtype, is_numeric_dtype), not with `s.dtype == bool` or a list "
                "of NumPy dtypes"
            )
    if not case.hidden:
        for _, column in sorted(_rows(missing, "kind")):
            kind = contract[column]["kind"]
            odd = [v for v in df[column][df[column].notna()] if not isinstance(v, str)]
            if kind == "string" and odd:
                return (
                    f"{problem}; check the 'kind' rule: column '{column}' holds "
                    f"{odd[0]!r} ({type(odd[0]).__name__}), and a 'string' column must "
                    "hold a str in every non-missing value, whatever its dtype"
                )
        for _, column in sorted(_rows(missing, "kind")):
            if contract[column]["kind"] == "number" and pd.api.types.is_bool_dtype(
                df[column].dtype
            ):
                return (
                    f"{problem}; check the 'kind' rule: column '{column}' has a bool "
                    "dtype, which is not a number, yet is_numeric_dtype counts bool as "
                    "numeric: rule bool out first (is_bool_dtype)"
                )
        gaps = {(r, c) for r, c in _rows(extra, "unique") if pd.isna(df.at[r, c])}
        if gaps:
            row, column = min(gaps)
            return (
                f"{problem}; row {row} of '{column}' is missing, and missing values are "
                "never repeats: look for repeated values among the non-missing ones only"
            )
    for check, advice in (  # a wrong kind changes its column's row checks: named first
        (
            "kind",
            "check each column's kind: a bool column is not a number, ages stored "
            "as strings are not a number, and a 'string' column holds only str values",
        ),
        (
            "unique",
            "report every row whose value occurs more than once, the first one too: "
            "duplicated(keep=False), on the non-missing values",
        ),
        (
            "null",
            "a missing value (None, NaN) is a 'null' violation unless the column is "
            "nullable, and nullable is False when not given",
        ),
        ("min", "bounds are inclusive, and missing values are not checked against them"),
        ("max", "bounds are inclusive, and missing values are not checked against them"),
        ("allowed", "every non-missing value must be in the allowed list (case matters)"),
        (
            "unexpected_column",
            "a column of df that the contract does not name is 'unexpected_column', with row -1",
        ),
        ("missing_column", "a contract column absent from df is 'missing_column', row -1"),
    ):
        if _rows(missing, check) or _rows(extra, check):
            return f"{problem}; check the '{check}' rule: {advice}"
    return problem
