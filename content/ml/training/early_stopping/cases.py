import math

import numpy as np

from mldojo.grading.casekit import Call, Case, same


def _curve(rng, epochs):
    """A validation curve: falls, flattens, then drifts up, with noise."""
    t = np.arange(epochs)
    turn = rng.uniform(0.3, 0.7) * epochs
    loss = (
        2.0 * np.exp(-t / rng.uniform(2, 6))
        + 0.3
        + rng.uniform(0.005, 0.03) * np.maximum(t - turn, 0)
        + rng.normal(0, rng.uniform(0.005, 0.03), size=epochs)
    )
    return [round(float(v), 4) for v in loss]


def _off_ties(losses, min_delta):
    """The curve with every gain of exactly min_delta over the best nudged below it.

    A decimal gain equal to min_delta (1.0 - 0.99 against 0.01) is a tie only on paper: in
    floating point `val < best - min_delta` and the equivalent `best - val > min_delta`
    round it differently, so a tie is checked only where it is exact in binary (the case
    "a gain of exactly min_delta does not count"), never by accident of the noise."""
    out, best = [], math.inf
    for loss in losses:
        if math.isfinite(best) and abs((best - loss) - min_delta) < 1e-9:
            loss = round(loss + 0.00005, 5)  # a gain of min_delta - 0.00005: no improvement
        if loss < best - min_delta:
            best = loss
        out.append(loss)
    return out


def _run(losses, *, best_every=5):
    calls = []
    for i, loss in enumerate(losses, start=1):
        calls.append(Call("step", (loss,)))
        if i % best_every == 0:
            calls.append(Call("best"))
    calls.append(Call("best"))
    return tuple(calls)


def cases(rng):
    out = []
    for i in range(4):
        patience = int(rng.integers(1, 6))
        min_delta = float(rng.choice([0.0, 0.001, 0.01, 0.05]))
        epochs = int(rng.integers(20, 40))
        out.append(
            Case(
                f"random validation curve {i + 1} ({epochs} epochs, "
                f"patience={patience}, min_delta={min_delta})",
                (patience,),
                {"min_delta": min_delta},
                calls=_run(_off_ties(_curve(rng, epochs), min_delta)),
            )
        )
    out.append(
        Case(
            "best() before any step", (3,), calls=(Call("best"), Call("step", (1.0,)), Call("best"))
        )
    )
    out.append(
        Case(
            "patience=1: the first epoch without improvement stops",
            (1,),
            calls=_run([0.9, 0.7, 0.7, 0.6, 0.65], best_every=1),
        )
    )
    out.append(
        Case(
            "a flat plateau is not an improvement",
            (3,),
            calls=_run([0.5, 0.5, 0.5, 0.5, 0.5], best_every=1),
        )
    )
    # 0.875 first: a gain smaller than min_delta, so a best that moves on any lower loss
    # shows on its own before the tie at 0.75 (where it and <= would give the same best).
    out.append(
        Case(
            "a gain of exactly min_delta does not count",
            (3,),
            {"min_delta": 0.25},
            calls=_run([1.0, 0.875, 0.75, 0.5, 0.4375, 0.25], best_every=1),
        )
    )
    # Gains of 0.005 and 0.009 below the best: clearly under min_delta, with no decimal tie
    # (1.0 - 0.99 is 0.01 on paper but not in floating point).
    out.append(
        Case(
            "small gains below min_delta do not move the best",
            (3,),
            {"min_delta": 0.01},
            calls=_run([1.0, 0.995, 0.991, 0.985, 0.98, 0.97], best_every=1),
        )
    )
    out.append(
        Case(
            "a bounce: worse, then better than the last epoch but not the best",
            (3,),
            calls=_run([0.5, 0.7, 0.6, 0.55, 0.52, 0.45, 0.46], best_every=1),
        )
    )
    out.append(
        Case(
            "a nan loss stops at once",
            (5,),
            calls=_run([1.0, 0.8, math.nan, 0.7, 0.6], best_every=1),
        )
    )
    out.append(
        Case(
            "a nan loss is not an epoch without improvement",
            (3,),
            calls=_run([1.0, math.nan, 2.0, 3.0, 0.5, 4.0], best_every=1),
        )
    )
    # The count is 1 when the nan comes: kept, the next bad epoch reaches the patience. The
    # stop at 1.3 tells a late stop (> patience) from a count the nan reset, and the
    # improvement after it a stop latched there from one latched by the nan.
    out.append(
        Case(
            "a nan loss leaves the count of epochs without improvement as it was",
            (2,),
            calls=_run([1.0, 1.2, 1.3, 0.9, 1.0, math.nan, 1.1, 0.8, 0.85], best_every=1),
        )
    )
    out.append(
        Case(
            "an inf loss is just not an improvement",
            (2,),
            calls=_run([math.inf, 1.0, math.inf, math.inf], best_every=1),
        )
    )
    out.append(
        Case(
            "steps after stopping follow the same rules",
            (2,),
            calls=_run([0.5, 0.6, 0.7, 0.8, 0.4, 0.45], best_every=1),
            hidden=True,
        )
    )
    return out


def compare(case, expected, got, call):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:  # same() shows the expected value; a hidden case keeps it back
        problem = "it does not match"
    if call.method == "best" and isinstance(got, list):
        return problem + "; best() should return a tuple (best_epoch, best_loss)"
    loss = call.args[0] if call.method == "step" else None
    if isinstance(loss, float) and math.isnan(loss):
        return problem + "; a nan loss means training diverged: stop at once (return True)"
    slips = _slips(case, call, expected, got)
    if len(slips) == 1:
        return f"{problem}; {slips[0][0]}"
    if slips:  # this call cannot tell them apart
        return f"{problem}; either {slips[0][1]}, or {slips[1][1]}"
    if call.method == "best":
        return problem + (
            "; best() is (epoch of the best loss, counting steps from 1, and "
            "that loss), and the best only moves on an improvement larger than "
            "min_delta"
        )
    if expected is True:
        return problem + (
            "; this epoch brings the count of epochs without improvement up to "
            "the patience: stop now (not one epoch later)"
        )
    return problem + (
        "; it is too early to stop: an epoch improves only when its loss is "
        "below best_loss - min_delta, compared with the best so far, not with "
        "the previous epoch"
    )


SLIPS = (  # (slip, the advice, the advice in a few words for "either ... or ...")
    (
        "previous",
        "an epoch improves only when its loss is below best_loss - min_delta: "
        "compare with the best so far, not with the previous epoch",
        "compare with the best so far, not with the previous epoch",
    ),
    (
        "late",
        "stop when the count of epochs without improvement reaches the patience "
        "(>=), not when it exceeds it: that stops one epoch too late",
        "stop when the count reaches the patience (>=, not >)",
    ),
    (
        "or_equal",
        "a loss of exactly best_loss - min_delta is not an improvement: compare with <, not <=",
        "a loss of exactly best_loss - min_delta is not an improvement (<, not <=)",
    ),
    (
        "nan_counts",
        "a nan loss returns True for its own epoch but is not an epoch without "
        "improvement: it leaves the count, like the best, as it was",
        "a nan loss leaves the count of epochs without improvement as it was",
    ),
    (
        "nan_resets",
        "a nan loss leaves the count of epochs without improvement as it was, not "
        "back at 0: a run that had stopped improving before it diverged has used up "
        "that much of its patience, and a reset would train it on for patience more "
        "epochs of wasted GPU time",
        "a nan loss leaves the count as it was (it does not reset it)",
    ),
    (
        "sticky",
        "calls after a True keep following the same rules: do not latch the stop "
        "(once True, always True); a later epoch that improves on the best resets the "
        "count and returns False, and the caller decides whether to stop",
        "do not latch the stop: after a True, an improvement gives False again",
    ),
    (
        "best_moves",
        "the best moves only on an improvement (a loss below best_loss - min_delta): a "
        "loss lower than the best by min_delta or less is not one, so it leaves both the "
        "best epoch and the best loss as they were; moving the best on it would let a "
        "slow creep of tiny gains lower the bar, and best() would name an epoch the "
        "count treated as no improvement",
        "the best moves only on an improvement larger than min_delta",
    ),
    (
        "nan_sticky",
        "calls after a True keep following the same rules: a nan stops its own "
        "epoch, and the next finite loss is judged as usual (an improvement "
        "resets the count)",
        "after a nan, the next finite loss is judged as usual",
    ),
    (
        "nan_no_epoch",
        "every call to step is an epoch, a nan one too: count the epoch "
        "before checking for nan, so the epochs after a nan keep their numbers",
        "a nan call is an epoch too",
    ),
)


def _slips(case, call, expected, got):
    """The usual slips that give `got` at `call`: those whose answers before it were right
    (the calls are judged in order, so the learner's were), else any that give `got`."""
    right = _replay(case, call, None)[:-1]
    fits, fits_before = [], []
    for variant, words, briefly in SLIPS:
        answers = _replay(case, call, variant)
        if same(answers[-1], got) is None and same(answers[-1], expected) is not None:
            fits.append((words, briefly))
            if same(answers[:-1], right) is None:
                fits_before.append((words, briefly))
    return fits_before or fits


def _replay(case, call, variant):
    """What step() and best() return up to `call` when one usual slip is made (for the
    messages only)."""
    patience, min_delta = case.args[0], case.kwargs.get("min_delta", 0.0)
    best, best_epoch, previous, waited, diverged = math.inf, 0, math.inf, 0, False
    stopped = False  # a True from the count (variant "sticky" keeps returning it)
    epoch, answer, answers = 0, None, []
    for step in case.calls:
        if step.method == "best":
            answers.append((best_epoch, best))
        elif step.method == "step":
            loss = step.args[0]
            if not (math.isnan(loss) and variant == "nan_no_epoch"):
                epoch += 1
            if math.isnan(loss):
                answer, diverged = True, True
                waited += variant == "nan_counts"
                if variant == "nan_resets":
                    waited = 0
            else:
                against = previous if variant == "previous" else best
                if variant == "or_equal":
                    improved = loss <= against - min_delta
                else:
                    improved = loss < against - min_delta
                if improved:
                    if loss < best or variant == "or_equal":
                        best, best_epoch = loss, epoch
                    waited = 0
                else:
                    waited += 1
                if variant == "best_moves" and loss < best:
                    best, best_epoch = loss, epoch
                previous = loss
                answer = waited > patience if variant == "late" else waited >= patience
                stopped = stopped or answer
                answer = answer or (variant == "nan_sticky" and diverged)
                answer = answer or (variant == "sticky" and stopped)
            answers.append(answer)
        if step is call:
            return answers
    return answers
