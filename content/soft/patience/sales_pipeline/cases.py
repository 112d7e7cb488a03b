"""Till exports generated from the seed, ordered so that the first failing case
points at the first broken layer; the messages name the stage that is wrong and,
where the output matches a known mistake, the mistake."""

import datetime as dt
import io

import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same

STAGES = (
    ("parsed", "load"),
    ("clean", "clean"),
    ("features", "add_features"),
    ("summary", "summarise"),
)
STORES = ("north", "south", "east", "harbour", "airport", "station")
# A Wednesday, in ISO week 1: counting weeks from the day of the year, or from the
# first Monday (%W), gives other numbers for its first days, as in most years.
START = dt.date(2025, 1, 1)
MONDAY = dt.date(2025, 1, 6)  # the first Monday after START
# 1 January 2027 is a Friday: ISO week 1 starts on Monday 4 January. Counting weeks from
# the Monday on or before 1 January (strftime's %W + 1, or the day of the year shifted by
# 1 January's weekday) agrees with the ISO week in 2025, but is one too high all of 2027.
FRIDAY_YEAR_WEEK_1 = dt.date(2027, 1, 4)


# --- generating exports ------------------------------------------------------


def _export(rng, n, *, n_stores=3, max_day=31, days=84, missing_units=0.0,
            missing_price=0.0, resent=0, price_steps=3):
    """CSV text of `n` sales (plus `resent` re-sent rows), in till order."""
    stores = list(rng.choice(STORES, size=n_stores, replace=False))
    base = {s: float(rng.integers(20, 80)) / 10 for s in stores}
    dates = [START + dt.timedelta(days=int(d)) for d in range(days)]
    dates = [d for d in dates if d.day <= max_day]
    rows = []
    for i in range(n):
        store = stores[i % n_stores] if i < n_stores else str(rng.choice(stores))
        day = dates[int(rng.integers(len(dates)))]
        units = str(int(rng.integers(1, 40)))
        step = int(rng.integers(price_steps))
        price = f"{base[store] + 0.25 * step:.2f}"
        if i >= n_stores and rng.random() < missing_units:
            units = "-"
        if i >= n_stores and rng.random() < missing_price:
            price = "-"
        rows.append(f"{day:%d/%m/%Y},{store},{units},{price}")
    for _ in range(resent):
        at = int(rng.integers(len(rows) + 1))
        rows.insert(at, rows[int(rng.integers(len(rows)))])
    return "date,store,units,price\n" + "\n".join(rows) + ("\n" if rows else "")


def cases(rng):
    out = [
        Case("layer 1: a small export, every date on or before the 12th of its month",
             (_export(rng, 8, n_stores=2, max_day=12, days=40),)),
        Case("layer 1: an export with dates after the 12th",
             (_export(rng, 12, n_stores=2),)),
        Case("layer 2: some unit counts are missing ('-')",
             (_export(rng, 14, n_stores=2, missing_units=0.3),)),
        Case("layer 2: some prices are missing ('-')",
             (_export(rng, 16, n_stores=3, missing_price=0.3),)),
        Case("layer 2: missing unit counts and missing prices in one export",
             (_missing_both(rng),)),
        Case("layer 2: the export re-sent some rows",
             (_export(rng, 12, n_stores=2, resent=4),)),
        Case("layer 2: different sales that share a day, a store and a unit count",
             (_same_day(rng),)),
        Case("layer 3: sales on Sundays",
             (_sundays(rng),)),
        Case("layer 3: an export from 2027, a year that starts on a Friday",
             (_other_year(rng),)),
        Case("layer 3: an export from 2027 that begins on Friday 1 January",
             (_other_year(rng, from_new_year=True),)),
        Case("layer 4: one store-week with sales at several prices",
             (_export(rng, 10, n_stores=1, days=7, price_steps=4),)),
        Case("an export with a header and no sales", ("date,store,units,price\n",)),
    ]
    for i in range(3):
        text = _export(rng, int(rng.integers(40, 120)), n_stores=int(rng.integers(3, 6)),
                       missing_units=0.1, missing_price=0.15, resent=int(rng.integers(2, 8)))
        out.append(Case(f"a full export, {i + 1} of 3", (text,), hidden=i > 0))
    return out


def _missing_both(rng):
    """Per store: three priced sales, one without a price, and two high-priced lines
    without a unit count, which must not count towards the store's median."""
    lines = ["date,store,units,price"]
    for store in rng.choice(STORES, size=2, replace=False):
        low = float(rng.integers(20, 50)) / 10
        rows = [(int(rng.integers(1, 30)), f"{low + 0.5 * k:.2f}") for k in range(3)]
        rows += [(int(rng.integers(1, 30)), "-")]
        rows += [("-", f"{low + 5 + k:.2f}") for k in range(2)]
        for i in rng.permutation(len(rows)):
            units, price = rows[int(i)]
            day = START + dt.timedelta(days=int(rng.integers(84)))
            lines.append(f"{day:%d/%m/%Y},{store},{units},{price}")
    return "\n".join(lines) + "\n"


def _same_day(rng):
    """Sales that a re-send check on some columns only would take for copies: one store
    sells the same number of units twice on one day at two prices, and once more at the
    first price; a sale without a price then gets the median of the two prices, a
    quarter-cent value (3 decimals) that rounding to cents would change."""
    stores = [str(s) for s in rng.choice(STORES, size=2, replace=False)]
    base = float(rng.integers(20, 60)) / 10
    day = START + dt.timedelta(days=int(rng.integers(7, 60)))
    later = day + dt.timedelta(days=int(rng.integers(1, 6)))
    units = int(rng.integers(2, 20))
    rows = [
        (day, stores[0], units, f"{base + 0.25:.2f}"),
        (day, stores[0], units, f"{base + 0.5:.2f}"),
        (day, stores[1], units, f"{base + 0.25:.2f}"),
        (later, stores[0], units + 1, "-"),
        (day, stores[1], units + 2, f"{base + 1:.2f}"),
        (later, stores[1], int(rng.integers(1, 30)), "-"),
        (day, stores[0], units, f"{base + 0.25:.2f}"),  # a re-sent copy of the first sale
    ]
    lines = ["date,store,units,price"]
    lines += [f"{d:%d/%m/%Y},{store},{u},{price}" for d, store, u, price in rows]
    return "\n".join(lines) + "\n"


def _sundays(rng):
    lines = ["date,store,units,price"]
    for week in range(4):
        for offset in (0, 6):  # Monday and Sunday of the same ISO week
            day = MONDAY + dt.timedelta(days=7 * week + offset)
            lines.append(f"{day:%d/%m/%Y},north,{int(rng.integers(1, 30))},3.00")
    return "\n".join(lines) + "\n"


def _other_year(rng, *, from_new_year=False):
    """Sales from 4 January 2027 (the Monday of ISO week 1) on, Mondays and Sundays
    included, in two stores: every week number depends on where week 1 starts.
    `from_new_year`: also 1 to 3 January, which ISO puts in week 53 (of 2026), where a
    week counted from the day of the year, with no correction at the year's edge, says 0."""
    lines = ["date,store,units,price"]
    if from_new_year:
        for day in range(1, 4):
            store = rng.choice(STORES)
            lines.append(f"{day:02d}/01/2027,{store},{int(rng.integers(1, 30))},2.50")
    for store in rng.choice(STORES, size=2, replace=False):
        for week in range(3):
            for offset in (0, int(rng.integers(1, 6)), 6):
                day = FRIDAY_YEAR_WEEK_1 + dt.timedelta(days=7 * week + offset)
                lines.append(f"{day:%d/%m/%Y},{store},{int(rng.integers(1, 30))},2.50")
    return "\n".join(lines) + "\n"


# --- the reference pipeline, with the known mistakes as switches ---------------


def _load(text, *, month_first=False, dash_is_text=False):
    kwargs = {} if dash_is_text else {
        "na_values": ["-"], "dtype": {"store": "str", "units": "float64", "price": "float64"}}
    df = pd.read_csv(io.StringIO(text), **kwargs)
    df["date"] = pd.to_datetime(df["date"], format="%m/%d/%Y" if month_first else "%d/%m/%Y")
    return df


def _clean(df, *, drop_any=False, global_median=False, keep_resent=False, fill_first=False,
           dedupe_last=False, mean=False, keep_last=False, dedupe_on=None):
    if dedupe_on:
        df = df.drop_duplicates(subset=list(dedupe_on))
    elif keep_last:
        df = df.drop_duplicates(keep="last")
    elif not (keep_resent or dedupe_last):
        df = df.drop_duplicates()
    if not fill_first:
        df = df.dropna() if drop_any else df.dropna(subset=["units"])
    how = "mean" if mean else "median"
    fill = (df["price"].agg(how) if global_median
            else df.groupby("store")["price"].transform(how))
    df = df.assign(price=df["price"].fillna(fill))
    if fill_first:
        df = df.dropna(subset=["units"])
    if dedupe_last:
        df = df.drop_duplicates()
    return df.reset_index(drop=True)


def _features(df, *, day_of_year=False, monday_weeks=False, shifted_weeks=False):
    if day_of_year:
        week = df["date"].dt.day_of_year // 7 + 1
    elif monday_weeks:
        week = df["date"].dt.strftime("%W").astype("int64")
    elif shifted_weeks:
        week = df["date"].dt.strftime("%W").astype("int64") + 1
    else:
        week = df["date"].dt.isocalendar().week
    return df.assign(revenue=df["units"] * df["price"], week=week.astype("int64"))


def _summarise(df, *, unweighted=False, by_week_first=False):
    out = df.groupby(["store", "week"], as_index=False).agg(
        units=("units", "sum"), revenue=("revenue", "sum"), price=("price", "mean"))
    out["avg_price"] = out["price"] if unweighted else out["revenue"] / out["units"]
    order = ["week", "store"] if by_week_first else ["store", "week"]
    return out.drop(columns="price").sort_values(order).reset_index(drop=True)


def _reference_stages(text):
    parsed = _load(text)
    cleaned = _clean(parsed)
    features = _features(cleaned)
    return parsed, cleaned, features


# Each known mistake: the stage it shows in, how to rebuild that stage with it
# (from the right output of the stage before), and what to tell the learner.
MISTAKES = {
    "parsed": [
        (lambda text, prev: _load(text, month_first=True),
         "the dates were read month first, but the tills write the day first "
         "(13/01/2024 is the 13th of January): check the format given to pd.to_datetime"),
    ],
    "clean": [
        (lambda text, prev: _clean(prev, drop_any=True),
         "rows with a missing price were dropped: only a missing unit count drops a row; a "
         "missing price is filled with the store's median (which dropna() do you want?)"),
        (lambda text, prev: _clean(prev, global_median=True),
         "missing prices were filled with the median over all stores: fill each one with "
         "the median price of its own store (groupby + transform)"),
        (lambda text, prev: _clean(prev, keep_resent=True),
         "re-sent rows (exact duplicates) are still there: drop them before anything else"),
        (lambda text, prev: _clean(prev, fill_first=True),
         "the store medians were taken before the rows without a unit count were dropped: "
         "drop those rows first, then take each store's median over the rows left"),
        (lambda text, prev: _clean(prev, dedupe_last=True),
         "the re-sent rows were dropped last, so they still counted in the store medians: "
         "drop the exact duplicates first, before anything else"),
        (lambda text, prev: _clean(prev, keep_last=True),
         "the re-sent rows were dropped, but the last copy of each was kept, which moves it "
         "out of file order: keep the first (drop_duplicates() keeps the first by default)"),
        (lambda text, prev: _clean(prev, dedupe_on=("date", "store", "units")),
         "rows equal only in date, store and units were dropped as re-sent, but a store can "
         "sell the same number of units twice in a day at another price: a re-sent row "
         "repeats every column (drop_duplicates() with no subset)"),
        (lambda text, prev: _clean(prev, dedupe_on=("date", "store")),
         "rows equal only in date and store were dropped as re-sent, but a store makes many "
         "sales a day: a re-sent row repeats every column (drop_duplicates() with no subset)"),
        (lambda text, prev: _clean(prev, mean=True),
         "missing prices were filled with the store's mean price: the statement asks for "
         "the median (transform('median'))"),
    ],
    "features": [
        (lambda text, prev: _features(prev, day_of_year=True),
         "the week is counted from the day of the year, which puts every Sunday in the next "
         "week; use the ISO week (Monday to Sunday) from .dt.isocalendar()"),
        (lambda text, prev: _features(prev, monday_weeks=True),
         "the week is strftime's %W, which counts from the year's first Monday (the days "
         "before it are week 0), not the ISO week; use .dt.isocalendar().week"),
        (lambda text, prev: _features(prev, shifted_weeks=True),
         "the weeks are counted from the Monday on or before 1 January (like strftime's %W + "
         "1, or the day of the year shifted by 1 January's weekday); ISO week 1 is the week "
         "that holds 4 January, so in a year that starts on a Friday, Saturday or Sunday "
         "that count is one too high; use .dt.isocalendar().week"),
    ],
    "summary": [
        (lambda text, prev: _summarise(prev, unweighted=True),
         "avg_price is the plain mean of the prices, but it should be the price per unit "
         "sold, revenue / units: a sale of 30 units weighs more than a sale of 1"),
        (lambda text, prev: _summarise(prev, by_week_first=True),
         "the rows are sorted by week first: sort by store, then week"),
    ],
}


def _normalise(frame):
    """Compare values, not representation details: dates as ISO text (so a message
    shows 2024-01-13, not nanoseconds) and text columns (object, str or "string") as
    pandas' str dtype."""
    if not isinstance(frame, pd.DataFrame):
        return frame
    frame = frame.copy()
    for column in frame.columns:
        series = frame[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            frame[column] = series.dt.strftime("%Y-%m-%d").astype("str")
        elif isinstance(series.dtype, pd.StringDtype) or (
                series.dtype == object and series.map(lambda v: isinstance(v, str)).all()):
            # Text is text: object, pandas' str and its "string" dtype all read alike.
            frame[column] = series.astype("str")
    return frame


def _kinds(expected, got):
    """A date column that is not a datetime column, named before values are compared."""
    if not isinstance(got, pd.DataFrame):
        return None
    for column in expected.columns:
        if (column in got and pd.api.types.is_datetime64_any_dtype(expected[column])
                and not pd.api.types.is_datetime64_any_dtype(got[column])):
            return (f"{column!r} should be a datetime64 column, got dtype {got[column].dtype} "
                    "(parse it with pd.to_datetime)")
    return None


def compare(case, expected, got):
    if not isinstance(got, dict):
        return ("run_pipeline should return a dict of the four stages' DataFrames "
                f"('parsed', 'clean', 'features', 'summary'), not a {type(got).__name__}")
    missing = [stage for stage, _ in STAGES if stage not in got]
    if missing:
        return f"run_pipeline's dict has no {missing[0]!r}: keep all four stages in it"
    (text,) = case.args
    previous = None
    right_so_far = []
    stages = dict(zip(("parsed", "clean", "features"), _reference_stages(text), strict=True))
    for stage, function in STAGES:
        want, have = _normalise(expected[stage]), _normalise(got[stage])
        problem = _kinds(expected[stage], got[stage]) or same(want, have, rtol=1e-9, atol=1e-9)
        if problem:
            where = (f"{', '.join(right_so_far)} {'is' if len(right_so_far) == 1 else 'are'} "
                     f"right; " if right_so_far else "")
            # A hidden case names the stage and the likely mistake, never the values.
            detail = "" if case.hidden else f": {problem}"
            message = f"{where}the first wrong stage is {stage!r} (from {function}){detail}"
            hint = _diagnose(stage, text, previous, have, want)
            return f"{message}. {hint}" if hint else message
        right_so_far.append(function)
        previous = stages.get(stage)
    return None


def _diagnose(stage, text, previous, have, want):
    if stage == "parsed":
        return _diagnose_parsed(text, have)
    if (isinstance(have, pd.DataFrame) and len(have) == len(want)
            and not have.index.equals(want.index)
            and same(want, have.reset_index(drop=True), rtol=1e-9, atol=1e-9) is None):
        return ("The rows are right but the index is not 0..n-1: after dropping rows, "
                "reset_index(drop=True)")
    if (isinstance(have, pd.DataFrame) and "week" in have
            and str(have["week"].dtype) == "UInt32"):
        return ("The week numbers come from .dt.isocalendar(), whose columns are UInt32: "
                "cast the week with .astype('int64')")
    found = []
    for rebuild, words in MISTAKES[stage]:
        try:
            variant = _normalise(rebuild(text, previous))
        except Exception:  # the mistake crashes on this input: it cannot be the one
            continue
        if same(variant, have, rtol=1e-9, atol=1e-9) is None:
            found.append(words)
    if len(found) > 1:  # this export cannot tell them apart: name each
        return "It looks as if either " + "; or ".join(found)
    return "It looks as if " + found[0] if found else ""


def _diagnose_parsed(text, have):
    if not isinstance(have, pd.DataFrame):
        return ""
    found = []
    if "date" in have:
        try:
            month_first = _normalise(_load(text, month_first=True))["date"]
            if len(month_first) and same(month_first, _normalise(have)["date"]) is None:
                found.append(MISTAKES["parsed"][0][1])
        except Exception:  # some day is past the 12th: month first cannot have parsed it
            pass
    for column in ("units", "price"):
        if column in have and have[column].dtype != "float64":
            found.append(
                f"{column!r} is {have[column].dtype}, but it should be float64 on every export, "
                "with NaN where the till wrote '-': give read_csv na_values and a float dtype")
            break
    return ("It looks as if " + "; and ".join(found)) if found else ""
