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
    return pd.DataFrame({"user_id": ids, "age": age, "spend": spend, "country": country,
                         "active": active}, index=index)


def _case(name, df, contract=None, hidden=False):
    return Case(name, (df, dict(CONTRACT if contract is None else contract)), hidden=hidden)


def cases(rng):
    out = [_case(f"a dirty batch #{i + 1}", _batch(rng, int(rng.integers(20, 60))))
           for i in range(3)]
    clean = _batch(rng, 12, dirty=0.0)
    clean["user_id"] = np.arange(1, 13)
    out.append(_case("a clean batch has no violations", clean))
    df = _batch(rng, 8)
    out.append(_case("a missing and an unexpected column",
                     df.drop(columns=["spend"]).assign(score=np.linspace(0, 1, 8))))
    df = _batch(rng, 6, dirty=0.0)
    df["age"] = df["age"].astype(int).astype(str)
    df["active"] = df["active"].astype(int)
    out.append(_case("columns of the wrong kind (ages as strings, 0/1 for a bool)", df))
    df = _batch(rng, 6, dirty=0.0)
    df.loc[df.index[[1, 3, 4]], "user_id"] = df["user_id"].iloc[1]
    out.append(_case("every copy of a repeated id is reported, the first one too", df))
    df = pd.DataFrame({"user_id": [1.0, np.nan, 3.0], "age": [0.0, 120.0, np.nan],
                       "spend": [np.nan, 0.0, np.nan], "country": [None, "DE", None],
                       "active": [True, False, True]}, index=[5, 2, 9])
    out.append(_case("bounds are inclusive, and missing values are only 'null'", df))
    flags = _batch(rng, 5, dirty=0.0)
    flags["user_id"] = [True, False, True, False, True]
    out.append(_case("a bool column is not a number", flags))
    out.append(_case("an empty batch", _batch(rng, 20, dirty=0.0).iloc[:0]))
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
    if got and all(r == -1 or r not in labels for r, _, _ in got) and any(
            r != -1 for r, _, _ in got):
        return (f"{problem}; the rows are reported by position, not by index label: use "
                "s.index[mask] (this batch's labels are not 0..n-1)")
    for check, advice in (
        ("unique", "report every row whose value occurs more than once, the first one too: "
         "duplicated(keep=False), on the non-missing values"),
        ("null", "a missing value (None, NaN) is a 'null' violation unless the column is "
         "nullable, and nullable is False when not given"),
        ("kind", "check each column's kind: a bool column is not a number, and ages stored "
         "as strings are not a number"),
        ("min", "bounds are inclusive, and missing values are not checked against them"),
        ("max", "bounds are inclusive, and missing values are not checked against them"),
        ("allowed", "every non-missing value must be in the allowed list (case matters)"),
        ("unexpected_column", "a column of df that the contract does not name is "
         "'unexpected_column', with row -1"),
        ("missing_column", "a contract column absent from df is 'missing_column', row -1"),
    ):
        if _rows(missing, check) or _rows(extra, check):
            return f"{problem}; check the '{check}' rule: {advice}"
    return problem
