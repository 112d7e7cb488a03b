import random
from dataclasses import replace

from mldojo.grading.casekit import Call, Case, same

NB, SD, RM, LN = Call("next_batch"), Call("state_dict"), Call("remaining"), Call("__len__")


def _load(epoch, position):
    return Call("load_state_dict", ({"epoch": epoch, "position": position},))


def _advance(state, n, batch_size, drop_last):
    """The state after one next_batch (positions only; the order does not matter here)."""
    epoch, position = state
    position += min(batch_size, n - position)
    left = n - position
    if (left < batch_size) if drop_last else (left <= 0):
        return epoch + 1, 0
    return epoch, position


def _valid_position(rng, n, batch_size, drop_last):
    top = n - batch_size if drop_last else n - 1
    return int(rng.integers(0, top + 1))


def _random_case(rng, i):
    n = int(rng.integers(3, 30))
    batch_size = int(rng.integers(1, min(n, 8) + 1))
    drop_last = bool(rng.random() < 0.4)
    seed = int(rng.integers(0, 10_000))
    calls, state, saved = [LN], (0, 0), None
    for _ in range(int(rng.integers(8, 20))):
        roll = rng.random()
        if roll < 0.55:
            calls.append(NB)
            state = _advance(state, n, batch_size, drop_last)
        elif roll < 0.65:
            calls.append(SD)
            saved = state
        elif roll < 0.75 and saved is not None:  # resume from the last state saved
            calls.append(_load(*saved))
            state = saved
        elif roll < 0.85:
            calls.append(RM)
            state = (state[0] + 1, 0)
        else:
            epoch = int(rng.integers(0, 6))
            position = _valid_position(rng, n, batch_size, drop_last)
            calls.append(_load(epoch, position))
            state = (epoch, position)
    calls += [SD, NB, RM, SD]
    return Case(f"random loader {i + 1} (n={n}, batch={batch_size}, drop_last={drop_last})",
                (n, batch_size, seed), {"drop_last": drop_last}, calls=tuple(calls))


def cases(rng):
    out = [_random_case(rng, i) for i in range(5)]
    seed = int(rng.integers(0, 1000))
    out.append(Case("the example", (5, 2), {"seed": 0}, calls=(
        NB, SD, RM, SD, NB, _load(1, 0), NB, LN)))
    out.append(Case("each epoch has its own order", (8, 8, seed), calls=(
        NB, SD, NB, NB, SD, NB)))
    out.append(Case("a batch never spans two epochs", (7, 3, seed), calls=(
        NB, NB, NB, SD, NB, SD, NB, NB, NB, SD)))
    out.append(Case("drop_last skips the short batch", (7, 3, seed), {"drop_last": True},
                    calls=(LN, NB, SD, NB, SD, NB, SD, RM)))
    out.append(Case("an exact multiple", (6, 3, seed), {"drop_last": True}, calls=(
        LN, NB, NB, SD, NB)))
    out.append(Case("resuming repeats exactly what followed the save", (11, 2, seed), calls=(
        NB, NB, NB, SD, NB, NB, NB, NB, _load(0, 6), NB, NB, NB, NB, SD)))
    out.append(Case("resuming in a later epoch", (9, 4, seed), calls=(
        _load(3, 4), SD, NB, SD, NB, SD, NB)))
    out.append(Case("a position that is not a multiple of the batch size", (10, 4, seed),
                    calls=(_load(2, 3), NB, NB, SD, RM)))
    out.append(Case("remaining from a position that is not a multiple of the batch size",
                    (10, 4, seed), calls=(_load(1, 3), RM, SD, _load(0, 5), RM, SD)))
    out.append(Case("remaining from an unaligned position, drop_last", (11, 3, seed),
                    {"drop_last": True}, calls=(_load(0, 4), RM, SD, _load(2, 1), RM)))
    out.append(Case("remaining from the start of an epoch", (5, 2, seed), calls=(
        RM, RM, SD, NB, RM, SD)))
    out.append(Case("batch size 1 and one example", (1, 1, seed), calls=(
        LN, NB, SD, NB, RM, SD)))
    out.append(Case("two seeds never share an epoch order", (6, 6, 1), calls=(
        _load(0, 0), NB, NB), hidden=True))
    # A fresh Call at every step, so compare() can find the step it is given by identity.
    return [replace(case, calls=tuple(replace(c) for c in case.calls)) for case in out]


_NOTHING = object()


def _aligned_replay(case, call):
    """What `call` returns in a loader that rounds a restored position down to a whole
    number of batches (it keeps a batch index); _NOTHING where no load was unaligned."""
    n, batch_size, seed = (*case.args, case.kwargs.get("seed"))[:3]
    drop_last = case.kwargs.get("drop_last", False)
    epoch = position = 0
    unaligned, result = False, None

    def batch():
        nonlocal epoch, position
        order = list(range(n))
        random.Random(f"{seed}:{epoch}").shuffle(order)
        out = order[position:position + batch_size]
        position += len(out)
        left = n - position
        if (left < batch_size) if drop_last else (left <= 0):
            epoch, position = epoch + 1, 0
        return out

    for c in case.calls:
        if c.method == "load_state_dict":
            state = c.args[0]
            epoch, position = state["epoch"], state["position"] // batch_size * batch_size
            unaligned = unaligned or state["position"] % batch_size != 0
            result = None
        elif c.method == "next_batch":
            result = batch()
        elif c.method == "remaining":
            start, result = epoch, []
            while epoch == start:
                result.append(batch())
        elif c.method == "state_dict":
            result = {"epoch": epoch, "position": position}
        else:
            result = None
        if c is call:
            return result if unaligned else _NOTHING
    return _NOTHING


def compare(case, expected, got, call):
    problem = same(expected, got)
    if problem is None:
        return None
    method = call.method
    hint = None
    if method == "load_state_dict":
        hint = "load_state_dict must return None"
    elif method in ("next_batch", "remaining", "state_dict") and same(
            _aligned_replay(case, call), got) is None:
        hint = ("the restored position was rounded to a whole number of batches: a "
                "position from load_state_dict may be any number, so keep it as it is "
                "and slice order[position:position + batch_size], not a batch index")
    elif method == "state_dict":
        if isinstance(got, dict) and got.get("position") == case.args[0]:
            hint = ("when the epoch has no batch left, move to the next epoch at position 0 "
                    "right away")
        else:
            hint = ("the state is the epoch number and how many indices of that epoch have "
                    "been handed out")
    elif method == "__len__":
        hint = "len is the number of batches per epoch: round up, or down with drop_last"
    elif method in ("next_batch", "remaining"):
        if isinstance(got, list) and isinstance(expected, list) and \
                sorted(map(repr, got)) == sorted(map(repr, expected)):
            hint = "the right batches in the wrong order"
        elif method == "remaining" and isinstance(got, list) and len(got) != len(expected):
            hint = ("remaining() holds the batches left in the current epoch only: the "
                    "generator stops as soon as the loader moves to the next epoch, which it "
                    "does right after the epoch's last batch (with drop_last, when fewer than "
                    "batch_size indices are left); a position restored by load_state_dict is "
                    "used as it is")
        elif method == "next_batch" and isinstance(got, list) and len(got) != len(expected):
            hint = ("a batch has batch_size indices except the last of an epoch; it never "
                    "continues into the next epoch, and with drop_last a short one is skipped")
        else:
            hint = ("the order of epoch e is list(range(n)) shuffled by "
                    "random.Random(f'{seed}:{e}').shuffle, computed for the current epoch "
                    "(not once for all epochs); a batch is order[position:position + "
                    "batch_size]")
    if case.hidden:
        return hint or "this call returned the wrong value"
    return f"{problem}; {hint}" if hint else problem
