import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same

CATS = ["books", "games", "music", "garden", "toys", "food"]
COUNTRIES = ["DE", "FR", "IT", "ES", "NL"]
DAY0 = pd.Timestamp("2024-05-01")
REORDERED = "the columns of events and users in another order"
MIDDAY = "a window from 09:00 on one day to 18:00 on another"
INDEX_AS_COLUMN = "user_id is a column here, and it must be the index"


def _users(rng, n):
    ids = rng.choice(np.arange(100, 1000), size=n, replace=False).astype(np.int64)
    return pd.DataFrame({"user_id": ids, "country": rng.choice(COUNTRIES, size=n)})


def _events(rng, n, ids, cats, days=30):
    ts = DAY0 + pd.to_timedelta(rng.integers(0, days * 24, size=n), unit="h")
    return pd.DataFrame({
        "user_id": rng.choice(ids, size=n).astype(np.int64),
        "timestamp": ts,
        "category": rng.choice(cats, size=n),
        "amount": np.round(rng.lognormal(2.5, 1.0, size=n), 2),
    })


def _window(rng):
    start = DAY0 + pd.Timedelta(days=int(rng.integers(3, 10)))
    return start, start + pd.Timedelta(days=int(rng.integers(7, 14)))


def _cats(rng, k):
    cats = [str(c) for c in rng.choice(CATS, size=k, replace=False)]
    if cats == sorted(cats):  # never alphabetical: the order must come from the argument
        cats = cats[1:] + cats[:1]
    return cats


def cases(rng):
    out = []
    for i in range(3):
        users = _users(rng, int(rng.integers(4, 10)))
        strangers = rng.integers(2000, 3000, size=3)
        events = _events(rng, int(rng.integers(40, 120)),
                         np.concatenate([users["user_id"], strangers]), CATS)
        out.append(Case(f"random log #{i + 1} ({len(events)} events)",
                        (events, users, _cats(rng, 4), *_window(rng))))
    users = _users(rng, 5)
    events = _events(rng, 40, users["user_id"], CATS[:3])
    out.append(Case("a requested category with no events", (events, users,
                    ["toys", *CATS[:3][::-1]], *_window(rng))))
    users = _users(rng, 6)
    quiet = users["user_id"].iloc[:2]
    events = _events(rng, 50, users["user_id"].iloc[2:], CATS)
    out.append(Case("users with no events keep a row of zeros",
                    (events, users, _cats(rng, 3), *_window(rng))))
    users = _users(rng, 4)
    start, end = _window(rng)
    events = _events(rng, 30, users["user_id"], CATS[:3])
    events.loc[events.index[:4], "timestamp"] = [start, start, end, end]
    out.append(Case("events exactly on start and on end", (events, users, CATS[:3][::-1],
                                                           start, end)))
    users = _users(rng, 4)
    events = _events(rng, 30, np.concatenate([users["user_id"], [5000, 5001]]), CATS[:4])
    events = events.sample(frac=1.0, random_state=int(rng.integers(1 << 30)))
    events.index = [f"ev{j}" for j in range(len(events))]
    out.append(Case("unknown users and a shuffled, labelled log",
                    (events, users, CATS[:4], *_window(rng))))
    users = _users(rng, 3)
    events = _events(rng, 20, users["user_id"], CATS[:2])
    out.append(Case("no event in the window", (events, users, CATS[:2],
                    DAY0 + pd.Timedelta(days=60), DAY0 + pd.Timedelta(days=70)), hidden=True))
    users = _users(rng, 5)
    events = _events(rng, 60, np.concatenate([users["user_id"], [6000]]), CATS[:4])
    out.append(Case(REORDERED, (events[["amount", "category", "user_id", "timestamp"]],
                                users[["country", "user_id"]], _cats(rng, 3), *_window(rng))))
    users = _users(rng, 5)
    start, end = _window(rng)
    start, end = start + pd.Timedelta(hours=9), end + pd.Timedelta(hours=18)
    events = _events(rng, 50, users["user_id"], CATS[:3])
    hours = [start - pd.Timedelta(hours=h) for h in (1, 5)] + [end + pd.Timedelta(hours=3)]
    events.loc[events.index[:3], "timestamp"] = hours  # same day as start / end, outside
    events.loc[events.index[3:5], "timestamp"] = [start, end - pd.Timedelta(hours=1)]
    out.append(Case(MIDDAY, (events, users, _cats(rng, 3), start, end)))
    users = _users(rng, 1)
    out.append(Case("one user, one category", (_events(rng, 10, users["user_id"], CATS[:2]),
                                               users, ["games"], *_window(rng))))
    return out


def compare(case, expected, got):
    problem = _compare(case, expected, got)
    if problem is not None and case.name == REORDERED and INDEX_AS_COLUMN not in problem:
        return (problem + "; here the columns of `events` and `users` come in another order, "
                "as the statement allows: read them by name (events['amount']), never by "
                "position (itertuples unpacking, iloc, to_numpy)")
    return problem


def _compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        # same() compares index labels, not the index's name, which the statement fixes.
        if got.index.name != expected.index.name:
            return (f"the index is named {got.index.name!r}: name it 'user_id' "
                    "(set_index('user_id') does)")
        return None
    events, users, categories, start, end = case.args
    if case.hidden:
        problem = "it does not match"
    if not isinstance(got, pd.DataFrame):
        return problem + "; return a DataFrame"
    want_cols = ["country", *categories, "total"]
    if list(got.columns) != want_cols:
        have = list(got.columns)
        if sorted(map(str, have)) == sorted(want_cols):
            return (problem + f"; the columns are in the wrong order: {have}; put them in the "
                    "order of `categories`, between country and total")
        if "user_id" in have and [c for c in have if c != "user_id"] == want_cols:
            return (problem + f"; {INDEX_AS_COLUMN}: keep the rows indexed by user_id "
                    "(set_index('user_id')), with no reset_index() at the end")
        missing = [c for c in want_cols if c not in have]
        if missing and all(c in categories for c in missing):
            return (problem + f"; the columns {missing} are missing: a category with no events "
                    "in the window still needs its column of zeros (reindex the columns)")
        return problem + f"; the columns should be {want_cols}"
    if len(got) != len(expected) or not got.index.equals(expected.index):
        ids = set(map(int, users["user_id"]))
        have = set(map(int, got.index)) if got.index.dtype.kind in "iu" else set()
        if have - ids:
            return (problem + "; there are rows for users who are not in `users`: keep only "
                    "the known users")
        if ids - have:
            return (problem + "; some users are missing: a user with no events in the window "
                    "still gets a row of zeros")
        if got.index.name != "user_id":
            return problem + "; index the rows by user_id (index named 'user_id')"
        return problem + "; sort the rows by user_id"
    numbers = got[[*categories, "total"]]
    if numbers.isna().any().any():
        return problem + "; an empty cell is 0.0, not NaN (fillna(0.0))"
    with_end = events[(events["timestamp"] >= start) & (events["timestamp"] <= end)]
    if len(with_end) > ((events["timestamp"] >= start) & (events["timestamp"] < end)).sum():
        alt = with_end[with_end["user_id"].isin(users["user_id"])
                       & with_end["category"].isin(categories)]
        alt = alt.groupby("user_id")["amount"].sum().reindex(expected.index, fill_value=0.0)
        if np.allclose(got["total"], alt):
            return problem + "; events at exactly `end` are excluded: the window is start <= t < end"
    if case.name == MIDDAY:
        day = events["timestamp"].dt.normalize()
        by_day = events[(day >= start.normalize()) & (day < end.normalize())]
        alt = by_day[by_day["user_id"].isin(users["user_id"])
                     & by_day["category"].isin(categories)]
        alt = alt.groupby("user_id")["amount"].sum().reindex(expected.index, fill_value=0.0)
        if np.allclose(got["total"], alt):
            return (problem + "; the window is compared by calendar day, but start and end "
                    "are times (here 09:00 and 18:00): compare the timestamps themselves, "
                    "start <= timestamp < end")
    open_start = events[(events["timestamp"] > start) & (events["timestamp"] < end)]
    if len(open_start) < ((events["timestamp"] >= start) & (events["timestamp"] < end)).sum():
        alt = open_start[open_start["user_id"].isin(users["user_id"])
                         & open_start["category"].isin(categories)]
        alt = alt.groupby("user_id")["amount"].sum().reindex(expected.index, fill_value=0.0)
        if np.allclose(got["total"], alt):
            return problem + "; events at exactly `start` count: the window is start <= t < end"
    return problem
