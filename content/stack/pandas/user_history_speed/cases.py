import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same

START = pd.Timestamp("2024-03-01")
NEW = ["n_prev", "hours_since_prev", "prev_amount_mean"]


def _log(rng, n, users, *, minutes=60 * 24 * 14, missing=0.2, index="int"):
    user = rng.choice(rng.permutation(1000)[:users] + 100, size=n).astype(np.int64)
    ts = START + pd.to_timedelta(rng.integers(0, minutes, size=n), unit="min")
    amount = np.round(rng.lognormal(3.0, 1.0, size=n), 2)
    amount[rng.random(n) < missing] = np.nan
    if index == "int":
        idx = rng.permutation(n) * 7 + 3
    else:
        idx = [f"e{j}" for j in rng.permutation(n)]
    return pd.DataFrame({"user_id": user, "timestamp": ts, "amount": amount}, index=idx)


def cases(rng):
    out = []
    for i in range(3):
        n, users = int(rng.integers(20, 80)), int(rng.integers(2, 8))
        out.append(Case(f"random log #{i + 1} ({n} events, {users} users)", (_log(rng, n, users),)))
    out.append(Case("string index", (_log(rng, 30, 4, index="str"),)))
    out.append(Case("many ties: timestamps on a few minutes",
                    (_log(rng, 40, 3, minutes=5),)))
    df = _log(rng, 25, 3, missing=0.0)
    first = df.sort_values("timestamp").groupby("user_id").head(2).index
    df.loc[first, "amount"] = np.nan  # users whose first events have no amount
    out.append(Case("missing amounts at the start of a user's history", (df,)))
    df = _log(rng, 12, 2, missing=0.0)
    df.loc[df["user_id"] == df["user_id"].iloc[0], "amount"] = np.nan
    out.append(Case("a user with no amounts at all", (df,)))
    # The random logs' timestamps are datetime64[us]: code that reads the raw integers
    # and assumes a unit (/ 3.6e9 for microseconds, / 3.6e12 for nanoseconds) is off by
    # a factor of 1000 on another unit.
    for unit in ("s", "ns"):
        df = _log(rng, 30, 3)
        df["timestamp"] = df["timestamp"].astype(f"datetime64[{unit}]")
        out.append(Case(f"timestamps stored as datetime64[{unit}]", (df,)))
    out.append(Case("one user", (_log(rng, 15, 1),)))
    out.append(Case("every user has one event",
                    (_log(rng, 8, 8).drop_duplicates("user_id"),)))
    out.append(Case("one event", (_log(rng, 1, 1),)))
    out.append(Case("no events", (_log(rng, 0, 1),), hidden=True))
    return out


def timing(rng):
    # Many users with few events each, as in a real log: a Python function per user
    # (groupby().apply, or transform with a lambda) pays per group, and with 60 users
    # such a version sat at 20x, passing or failing by chance. Measured with 300 users:
    # the reference about 50x, transform(lambda) about 6x, apply per user about 2x.
    return Case("timing", (_log(rng, 1500, 300, minutes=60 * 24 * 90),))


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    (events,) = case.args
    if case.hidden:
        problem = "it does not match"
    if not isinstance(got, pd.DataFrame):
        return problem + "; return a DataFrame: a copy of events with three new columns"
    if list(got.columns) != list(expected.columns):
        return problem + f"; keep events' columns and add {NEW} at the end, in this order"
    if not got.index.equals(expected.index):
        if sorted(map(str, got.index)) == sorted(map(str, expected.index)):
            return (problem + "; the rows are in a different order: return them in events' "
                    "order (assign the features back to a copy of events, aligned on the index)")
        return problem + "; keep events' index labels"
    for col in expected.columns:
        if str(got[col].dtype) != str(expected[col].dtype):
            return problem + f"; {col} should be {expected[col].dtype}"
    for col in events.columns:
        if not got[col].equals(events[col]):
            return problem + f"; the input column {col!r} changed: only add columns"
    wrong = got["n_prev"] != expected["n_prev"]
    if wrong.any():
        tied = events.duplicated(["user_id", "timestamp"], keep=False)
        if tied[wrong].all():
            return (problem + "; only events that share their user and timestamp are wrong: "
                    "ties keep their order in the frame, so sort with kind=\"stable\"")
        return (problem + "; n_prev counts the user's events before this one in time, not in "
                "the frame: sort by user and timestamp, then count within each user")
    gaps, want_gaps = got["hours_since_prev"], expected["hours_since_prev"]
    if not np.allclose(gaps, want_gaps, rtol=1e-7, equal_nan=True):
        for factor, unit in ((60.0, "minutes"), (3600.0, "seconds"), (1 / 24, "days")):
            if np.allclose(gaps, want_gaps * factor, rtol=1e-6, equal_nan=True):
                return (problem + f"; the gaps are in {unit}: divide the time difference by "
                        "pd.Timedelta(hours=1)")
        for factor in (1e-6, 1e-3, 1e3, 1e6):
            if np.allclose(gaps, want_gaps * factor, rtol=1e-6, equal_nan=True):
                return (problem + f"; the gaps are {factor:g} times the hours: the code assumed "
                        "a unit for the raw timestamps, and these are "
                        f"{events['timestamp'].dtype}. Divide the time difference by "
                        "pd.Timedelta(hours=1), which works for any unit")
        if np.allclose(gaps, np.mod(want_gaps, 24.0), rtol=1e-6, equal_nan=True):
            return (problem + "; the gaps lose whole days: .dt.seconds is only the seconds "
                    "part of a gap (under a day), without its days. Use "
                    ".dt.total_seconds() / 3600, or divide by pd.Timedelta(hours=1)")
        return problem + "; hours_since_prev is the gap to the user's previous event in time"
    want, have = expected["prev_amount_mean"], got["prev_amount_mean"]
    if np.allclose(_running_mean(events, own=True), have, rtol=1e-7, equal_nan=True):
        return (problem + "; prev_amount_mean includes the row's own amount (a leak): "
                "use only the earlier events")
    if have.isna().sum() > want.isna().sum():
        return (problem + "; prev_amount_mean is NaN too often: skip missing amounts in "
                "the sum and in the count, so one NaN does not spread")
    return problem + "; prev_amount_mean is the mean of the earlier non-missing amounts"


def _running_mean(events, *, own):
    """Mean of each row's user's amounts up to it in time, with or without its own."""
    ordered = events.sort_values(["user_id", "timestamp"], kind="stable")
    filled, present = ordered["amount"].fillna(0.0), ordered["amount"].notna().astype(int)
    total = filled.groupby(ordered["user_id"]).cumsum()
    count = present.groupby(ordered["user_id"]).cumsum()
    if not own:
        total, count = total - filled, count - present
    return (total / count.where(count > 0)).reindex(events.index)



TOO_SLOW = ("the time goes to Python code run per row or per user (a loop, groupby().apply, or "
            "transform with a lambda): use pandas' built-in grouped operations on the sorted "
            "frame, which loop in C: cumcount, diff, and cumsum minus the row's own amount")
