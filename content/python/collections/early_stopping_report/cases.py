import dataclasses
import math

from mldojo.grading.casekit import Case, same

RTOL, ATOL = 1e-12, 1e-12


def _rec(run, epoch, split, loss):
    return {"run": run, "epoch": epoch, "split": split, "loss": loss}


def _log(rng, n_runs):
    log = []
    for _ in range(n_runs):
        run = f"run-{int(rng.integers(0, 1000)):03d}"
        epochs = int(rng.integers(1, 12))
        level = float(rng.uniform(0.5, 2.0))
        for e in range(1, epochs + 1):
            # Losses on a coarse grid so that ties happen.
            val = round(level * (0.8 ** min(e, int(rng.integers(2, 8)))) * 20) / 20
            log.append(_rec(run, e, "val", val))
            if rng.random() < 0.8:
                log.append(_rec(run, e, "train", round(val * 0.8, 3)))
        for _ in range(int(rng.integers(0, 3))):  # a resumed job re-logs an epoch
            e = int(rng.integers(1, epochs + 1))
            log.append(_rec(run, e, "val", round(float(rng.uniform(0.1, 2.0)), 2)))
        if rng.random() < 0.3:
            log.append(_rec(run, epochs + 1, "val", math.nan))
    return [log[int(i)] for i in rng.permutation(len(log))]


def cases(rng):
    out = []
    for i in range(4):
        out.append(Case(f"random sweep {i + 1}", (_log(rng, int(rng.integers(1, 5))),
                                                  int(rng.integers(1, 4))),
                        rtol=RTOL, atol=ATOL))
    out.append(Case("the example", ([
        _rec("a", 1, "val", 0.9), _rec("a", 2, "val", 0.5), _rec("a", 3, "val", 0.7),
        _rec("a", 2, "train", 0.4), _rec("a", 2, "val", 0.8), _rec("b", 1, "train", 1.0)], 2)))
    out.append(Case("the last duplicate wins", ([
        _rec("a", 1, "val", 0.3), _rec("a", 2, "val", 0.4), _rec("a", 1, "val", 0.6),
        _rec("a", 1, "train", 0.9), _rec("a", 1, "train", 0.2)], 1)))
    out.append(Case("a re-logged train loss: the last one wins too, NaN included", ([
        _rec("a", 1, "val", 0.5), _rec("a", 1, "train", 0.9), _rec("a", 2, "val", 0.7),
        _rec("b", 3, "train", 0.4), _rec("a", 1, "train", 0.3), _rec("b", 3, "val", 0.6),
        _rec("b", 3, "train", math.nan)], 1)))
    out.append(Case("a tie goes to the earliest epoch", ([
        _rec("a", 4, "val", 0.5), _rec("a", 2, "val", 0.5), _rec("a", 3, "val", 0.6),
        _rec("a", 2, "train", 0.45), _rec("a", 4, "train", 0.41)], 2)))
    out.append(Case("NaN losses are dropped", ([
        _rec("a", 1, "val", 0.8), _rec("a", 2, "val", math.nan), _rec("a", 3, "val", 0.9),
        _rec("a", 1, "train", math.nan), _rec("b", 1, "val", math.nan)], 5)))
    out.append(Case("a NaN duplicate replaces a good value", ([
        _rec("a", 1, "val", 0.8), _rec("a", 2, "val", 0.1), _rec("a", 3, "val", 0.05),
        _rec("a", 2, "val", math.nan), _rec("a", 3, "val", 0.5)], 1)))
    out.append(Case("stop exactly at patience", ([
        _rec("a", 1, "val", 0.2), _rec("a", 2, "val", 0.3), _rec("a", 3, "val", 0.4),
        _rec("b", 1, "val", 0.2), _rec("b", 2, "val", 0.3)], 2)))
    out.append(Case("patience counts epochs, not evaluations", ([
        _rec("a", 5, "val", 0.4), _rec("a", 10, "val", 0.5), _rec("b", 1, "val", 0.3),
        _rec("b", 2, "val", 0.5), _rec("b", 3, "val", math.nan), _rec("b", 4, "val", 0.6)],
        3)))
    out.append(Case("train records after the last val epoch do not count", ([
        _rec("a", 1, "val", 0.5), _rec("a", 2, "val", 0.4), _rec("a", 2, "train", 0.3),
        _rec("a", 3, "train", 0.2), _rec("a", 5, "train", 0.25), _rec("b", 1, "val", 0.6),
        _rec("b", 4, "train", 0.5)], 2)))
    out.append(Case("epochs with gaps", ([
        _rec("a", 0, "val", 1.0), _rec("a", 10, "val", 0.5), _rec("a", 3, "val", 0.7)], 4)))
    out.append(Case("runs sorted, runs without val left out", ([
        _rec("zeta", 1, "val", 0.5), _rec("alpha", 1, "val", 0.6), _rec("mid", 1, "train", 0.1),
        _rec("Beta", 1, "val", 0.7)], 1), hidden=True))
    out.append(Case("an empty log", ([], 3)))
    # The losses are the logged floats themselves: one tolerance for every case.
    return [dataclasses.replace(c, rtol=RTOL, atol=ATOL) for c in out]


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        if list(got) != list(expected):
            return "list the runs in sorted order"
        return None
    hint = _hint(case, expected, got)
    if case.hidden:
        return hint or "the report is wrong"
    return f"{problem}; {hint}" if hint else problem


def _report(log, patience, *, last_wins=True, nan_first=False):
    """The reference's report, or the one a first-duplicate-wins reading (or a reading that
    drops NaN records before deduplicating) gives."""
    latest = {}
    for r in (log if last_wins else reversed(log)):
        if nan_first and math.isnan(r["loss"]):
            continue
        latest[r["run"], r["epoch"], r["split"]] = r["loss"]
    val, train = {}, {}
    for (run, epoch, split), loss in latest.items():
        if not math.isnan(loss):
            (val.setdefault(run, {}).__setitem__(epoch, loss) if split == "val"
             else train.__setitem__((run, epoch), loss))
    out = {}
    for run in sorted(val):
        losses = val[run]
        best = min(losses, key=lambda e: (losses[e], e))
        out[run] = {"best_epoch": best, "best_val": losses[best],
                    "train_at_best": train.get((run, best)), "last_epoch": max(losses),
                    "stop": max(losses) - best >= patience}
    return out


def _hint(case, expected, got):
    log, patience = case.args
    first_wins = got == _report(log, patience, last_wins=False)
    nan_first = same(_report(log, patience, nan_first=True), got) is None
    nan_advice = ("NaN records were dropped before deduplicating, so an earlier good loss "
                  "survived: first let the last record of each (run, epoch, split) win, then "
                  "drop the ones whose loss is NaN")
    first_advice = ("this keeps the first of repeated (run, epoch, split) records: the last one "
                    "in the list wins (the resumed job's)")
    if first_wins and nan_first:
        return f"{first_advice}; or else {nan_advice}"
    if nan_first:
        return nan_advice
    if first_wins:
        return first_advice
    if not isinstance(got, dict) or not all(isinstance(v, dict) for v in got.values()):
        return "return a dict from run name to a dict report"
    if set(got) != set(expected):
        return ("report exactly the runs that have at least one val record with a usable "
                "(non-NaN) loss")
    for run, want in expected.items():
        have = got[run]
        if set(have) != set(want):
            return f"each report needs the keys {sorted(want)}"
        val = [r for r in log if r["run"] == run and r["split"] == "val"]
        if have["best_epoch"] != want["best_epoch"]:
            firsts = {}
            for r in val:
                firsts.setdefault(r["epoch"], r["loss"])
            if any(isinstance(v, float) and math.isnan(v) for v in (have["best_val"],)):
                return "a NaN loss was taken as the best: drop NaN losses first"
            if have["best_epoch"] in firsts and firsts[have["best_epoch"]] == have["best_val"] \
                    and have["best_val"] != want["best_val"]:
                return ("that val loss was replaced later in the log: when (run, epoch, split) "
                        "repeats, the last record wins")
            if have["best_val"] == want["best_val"]:
                return "on a tie in val loss, the earliest epoch wins"
            return f"{run!r}: the best epoch is the one with the lowest val loss"
        if same(want["best_val"], have["best_val"], rtol=1e-9) is not None:
            return (f"{run!r}: best_val is the val loss of the best epoch as last logged: when "
                    "(run, epoch, split) repeats, the last record in the list wins")
        if have["train_at_best"] != want["train_at_best"]:
            return (f"{run!r}: train_at_best is the train loss of the best epoch (the last "
                    "record for it, NaN dropped), or None when there is none")
        if have["last_epoch"] != want["last_epoch"]:
            if have["last_epoch"] > want["last_epoch"] and any(
                    r["run"] == run and r["split"] == "train" and r["epoch"] == have["last_epoch"]
                    for r in log):
                return (f"{run!r}: last_epoch is the largest epoch with a usable val record; "
                        "train records do not count (the job may train past its last "
                        "evaluation)")
            return f"{run!r}: last_epoch is the largest epoch with a usable val record"
        if have["stop"] != want["stop"]:
            evals = [r["epoch"] for r in val if not math.isnan(r["loss"])]
            after = len({e for e in evals if e > want["best_epoch"]})
            if have["stop"] == (after >= patience):
                return (f"{run!r}: stop compares epochs, not the number of evaluations since "
                        "the best: val records can skip epochs (every few epochs, or a NaN "
                        "epoch dropped), so use last_epoch - best_epoch >= patience")
            return ("stop is True when last_epoch - best_epoch >= patience (no improvement "
                    "for patience epochs), inclusive")
    return None
