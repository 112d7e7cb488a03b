import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same


def _frame(rng, n, start=0):
    spend = np.round(rng.lognormal(3.0, 1.5, size=n) * np.where(rng.random(n) < 0.1, -1, 1), 2)
    spend[rng.random(n) < 0.1] = np.nan
    return pd.DataFrame({
        "user": [f"u{i}" for i in rng.integers(0, 10**5, size=n)],
        "spend": spend,
        "visits": rng.integers(0, 50, size=n),
    }, index=pd.RangeIndex(start, start + n) if start == 0 else np.arange(start, start + 3 * n, 3))


def _case(name, df, column, low, high, hidden=False):
    return Case(name, (df, column, float(low), float(high)), hidden=hidden)


def cases(rng):
    out = [_case(f"random spends #{i + 1}", _frame(rng, int(rng.integers(10, 40))), "spend",
                 0.0, float(rng.integers(50, 300))) for i in range(2)]
    out.append(_case("an index that is not 0..n-1", _frame(rng, 15, start=1000), "spend", 0.0,
                     100.0))
    out.append(_case("the statement's example", pd.DataFrame(
        {"user": ["a", "b", "c", "d"], "spend": [5.0, 900.0, -3.0, np.nan]},
        index=[10, 11, 12, 13]), "spend", 0.0, 500.0))
    out.append(_case("values exactly at the bounds stay and are not flagged", pd.DataFrame(
        {"spend": [0.0, 500.0, 250.0], "visits": [1, 2, 3]}), "spend", 0.0, 500.0))
    out.append(_case("nothing to cap", pd.DataFrame({"spend": [1.0, 2.0], "visits": [3, 4]}),
                     "spend", 0.0, 10.0))
    income = np.round(rng.normal(40.0, 30.0, size=12), 1)
    income[[2, 7]] = np.nan
    out.append(_case("another column, with a float column beside it", pd.DataFrame(
        {"age": np.round(rng.uniform(18, 80, size=12), 0), "income": income}), "income", 10.0,
        60.0))
    out.append(_case("an empty frame", _frame(rng, 5).iloc[:0], "spend", 0.0, 10.0))
    out.append(_case("random spends (hidden)", _frame(rng, 30), "spend", -5.0, 80.0,
                     hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:
        problem = "the frame does not match"
    df, column, low, high = case.args
    if not isinstance(got, pd.DataFrame) or column not in got.columns:
        return problem
    if "capped" in got.columns and len(got) == len(df):
        flags = got["capped"].to_numpy()
        nan = df[column].isna().to_numpy()
        if nan.any() and flags.dtype == bool and flags[nan].any():
            return (f"{problem}; a NaN row was flagged as capped: NaN stays NaN, so it was not "
                    "changed (NaN != NaN is True; compare with > high and < low instead)")
        on_bound = ((df[column] == low) | (df[column] == high)).to_numpy()
        wrong = flags != expected["capped"].to_numpy()
        if flags.dtype == bool and wrong.any() and (flags & on_bound)[wrong].all():
            return (f"{problem}; a value exactly at low or high was flagged as capped, but it "
                    "was not changed: cap only values > high and < low, not >= and <=")
    if len(got) == len(df):
        values = got[column].to_numpy(dtype=float)
        nan = df[column].isna().to_numpy()
        if (nan & ~np.isnan(values)).any():
            return (f"{problem}; a NaN became a number: NaN must stay NaN (s.where(s <= high, "
                    "high) and fillna replace it too; clip or .loc with > high and < low keep it)")
        if (df[column].to_numpy() > high).any() and (values[df[column].to_numpy() > high] == low
                                                      ).all() and low != high:
            return f"{problem}; values above high became low: the two bounds are swapped"
    values = got[column].to_numpy(dtype=float)
    if np.nanmax(np.append(values, -np.inf)) > high or np.nanmin(np.append(values, np.inf)) < low:
        return (f"{problem}; some values are still outside [low, high]: out[mask][column] = "
                "value assigns into a temporary copy; use out.loc[mask, column] = value")
    return problem
