import numpy as np
import pandas as pd

from mldojo.grading.casekit import Case, same

METRICS = ["loss", "val_loss", "acc"]


def _log(rng, runs, epochs, resumes=2, missing=0.1):
    rows = []
    for run in runs:
        start = int(rng.integers(1, 3))
        for epoch in range(start, start + epochs):
            for metric in METRICS:
                if rng.random() > missing:
                    rows.append((run, epoch, metric, round(float(rng.uniform(0, 2)), 4)))
    for _ in range(resumes):  # a resumed run logs a few epochs again, with new values
        run, epoch = str(rng.choice(runs)), int(rng.integers(2, epochs))
        rows += [(run, e, m, round(float(rng.uniform(0, 2)), 4))
                 for e in range(epoch, epoch + 2) for m in METRICS]
    log = pd.DataFrame(rows, columns=["run", "epoch", "metric", "value"])
    return log.astype({"epoch": "int64", "value": "float64"})


def cases(rng):
    out = []
    for i in range(3):
        runs = sorted({f"run-{int(r)}" for r in rng.integers(0, 50, size=4)}, reverse=True)
        out.append(Case(f"random log #{i + 1}", (_log(rng, runs, int(rng.integers(4, 10))),
                                                 str(rng.choice(METRICS)))))
    out.append(Case("the statement's example", (pd.DataFrame({
        "run": ["a", "a", "b", "a", "b", "a"], "epoch": [1, 1, 1, 2, 2, 2],
        "metric": ["loss", "acc", "loss", "loss", "loss", "loss"],
        "value": [0.9, 0.5, 1.1, 0.7, 0.8, 0.6]}), "loss")))
    log = _log(rng, ["zeta", "alpha", "mid"], 5, resumes=0, missing=0.3)
    out.append(Case("runs listed out of order, with gaps (NaN)", (log.iloc[::-1].reset_index(
        drop=True), "acc")))
    out.append(Case("a metric nobody logged", (_log(rng, ["a"], 3), "f1")))
    nan = float("nan")
    out.append(Case("NaN values: one written last, a run and an epoch with only NaN", (
        pd.DataFrame({"run": ["a", "b", "c", "a", "b", "c", "a", "b", "a", "c"],
                      "epoch": [1, 1, 1, 2, 2, 2, 3, 3, 2, 3],
                      "metric": ["loss"] * 10,
                      "value": [0.9, 1.2, nan, 0.7, 1.0, nan, nan, nan, nan, nan]}),
        "loss")))
    out.append(Case("a resumed run (hidden)", (_log(rng, ["x", "y"], 8, resumes=4), "val_loss"),
                    hidden=True))
    return out


def compare(case, expected, got):
    if not isinstance(got, pd.DataFrame):
        return f"return a DataFrame, not {type(got).__name__}"
    problem = same(expected, got)
    if problem is None:
        if got.index.name != "epoch" or got.columns.name != "run":
            return (f"name the index 'epoch' and the columns 'run' (got {got.index.name!r} and "
                    f"{got.columns.name!r}); pivot(index='epoch', columns='run') does it")
        return None
    if case.hidden:
        problem = "the table does not match"
    log, metric = case.args
    rows = log[log["metric"] == metric]
    averaged = rows.pivot_table(index="epoch", columns="run", values="value", aggfunc="mean")
    first = rows.drop_duplicates(["run", "epoch"], keep="first").pivot(
        index="epoch", columns="run", values="value")
    if (set(got.columns) < set(expected.columns) or set(got.index) < set(expected.index)) \
            and rows["value"].isna().any():
        return (f"{problem}; a run or an epoch whose values are all NaN was dropped "
                "(pivot_table drops all-NaN columns and rows by default): a NaN written to "
                "the log is still a value; drop the duplicates, then pivot")
    skipped = rows.groupby(["epoch", "run"])["value"].last().unstack()
    if (got.shape == expected.shape == skipped.shape and rows["value"].isna().any()
            and np.allclose(got.to_numpy(float), skipped.to_numpy(float), equal_nan=True)):
        return (f"{problem}; a NaN written last was skipped: groupby's (and pivot_table's) "
                "'last' takes the last non-missing value; drop_duplicates(keep='last') keeps "
                "the last row as written")
    if got.shape == expected.shape and not expected.empty:
        if np.allclose(got.to_numpy(float), averaged.to_numpy(float), equal_nan=True):
            return (f"{problem}; the repeated epochs were averaged (pivot_table's default "
                    "aggfunc is the mean): the last value written wins")
        if np.allclose(got.to_numpy(float), first.to_numpy(float), equal_nan=True):
            return f"{problem}; the first value of a repeated epoch was kept: keep the last"
    return problem
