import numpy as np

from mldojo.grading.casekit import Case, same


def _buffers(rng, p, n):
    return [rng.integers(-50, 51, size=n).astype(np.float64) for _ in range(p)]


def _case(name, buffers, steps, hidden=False):
    return Case(name, (buffers, int(steps)), rtol=0.0, atol=0.0, hidden=hidden)


def cases(rng):
    out = []
    for i in range(2):
        p, n = int(rng.integers(3, 7)), int(rng.integers(8, 30))
        out.append(_case(f"complete run #{i + 1} (p = {p}, n = {n})", _buffers(rng, p, n),
                         2 * (p - 1)))
    p, n = int(rng.integers(3, 7)), int(rng.integers(8, 30))
    out.append(_case(f"after reduce-scatter (p = {p}, {p - 1} steps)", _buffers(rng, p, n), p - 1))
    p = int(rng.integers(3, 7))
    s = int(rng.integers(1, p - 1))
    out.append(_case(f"in the middle of reduce-scatter (p = {p}, {s} steps)",
                     _buffers(rng, p, int(rng.integers(8, 20))), s))
    p = int(rng.integers(3, 7))
    s = int(rng.integers(p, 2 * (p - 1)))
    out.append(_case(f"in the middle of all-gather (p = {p}, {s} steps)",
                     _buffers(rng, p, int(rng.integers(8, 20))), s))
    out.append(_case("one step, p = 2", _buffers(rng, 2, 5), 1))
    out.append(_case("zero steps: a copy of the input", _buffers(rng, 3, 4), 0))
    out.append(_case("a single worker", _buffers(rng, 1, 6), 0))
    out.append(_case("fewer numbers than workers (empty chunks)", _buffers(rng, 5, 3), 8))
    p = 4
    out.append(_case("n not divisible by p", _buffers(rng, p, 10), 2 * (p - 1)))
    p = int(rng.integers(4, 7))
    s = int(rng.integers(1, 2 * (p - 1)))
    out.append(_case("a partial schedule with 4 to 6 workers (hidden)",
                     _buffers(rng, p, int(rng.integers(9, 20))), s, hidden=True))
    out.append(_case("8 workers, 1,000 numbers", _buffers(rng, 8, 1000), 14))
    return out


# --- teaching messages ---------------------------------------------------------

def _sizes(n, p, cut):
    """Chunk sizes: np.array_split's (the extra elements first), or two other usual cuts."""
    if cut == "remainder_last":
        return [n // p + (c >= p - n % p) for c in range(p)]
    if cut == "ceil":  # torch.chunk's: chunks of ceil(n / p), the last ones shorter or empty
        size = -(-n // p)
        return [max(0, min(size, n - c * size)) for c in range(p)]
    return [len(c) for c in np.array_split(np.empty(n), p)]


def _cut(buffer, p, cut):
    edges = np.cumsum(_sizes(len(buffer), p, cut))[:-1]
    return [c.copy() for c in np.split(buffer.astype(np.float64), edges)]


def _ring(buffers, steps, *, backwards=False, add_gather=False, gather_from_i=False,
          cut="array_split"):
    p = len(buffers)
    chunks = [_cut(b, p, cut) for b in buffers]
    sent = [0] * p
    for s in range(steps):
        for i in range(p):
            r = (i + 1) % p
            if s < p - 1:
                c = (i + s) % p if backwards else (i - s) % p
                chunks[r][c] = chunks[r][c] + chunks[i][c]
            else:
                t = s - (p - 1)
                c = (i + 1 + t) % p if backwards else (i + 1 - t) % p
                if gather_from_i:
                    c = (i - t) % p
                chunks[r][c] = chunks[r][c] + chunks[i][c] if add_gather else chunks[i][c].copy()
            sent[i] += len(chunks[i][c])
    return [np.concatenate(w) for w in chunks], sent


def _state_matches(got_state, state):
    return (isinstance(got_state, list) and len(got_state) == len(state)
            and all(isinstance(g, np.ndarray) and g.shape == e.shape and np.array_equal(g, e)
                    for g, e in zip(got_state, state)))


MISTAKES = [
    (dict(backwards=True), "the chunks go round the ring the wrong way: in reduce-scatter "
     "step s, worker i sends chunk (i - s) % p; in all-gather step t, chunk (i + 1 - t) % p"),
    (dict(add_gather=True), "all-gather adds the received chunk: it must replace it (the "
     "sender's chunk is already the complete sum)"),
    (dict(gather_from_i=True), "all-gather starts from the wrong chunk: after reduce-scatter "
     "worker i owns the complete chunk (i + 1) % p, so in all-gather step t it sends chunk "
     "(i + 1 - t) % p, not (i - t) % p"),
]


def compare(case, expected, got):
    problem = same(expected, got, rtol=0.0, atol=0.0)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    hint = _diagnose(case, expected, got)
    return f"{problem}; {hint}" if hint else problem


def _diagnose(case, expected, got):
    buffers, steps = case.args
    p = len(buffers)
    if not (isinstance(got, tuple) and len(got) == 2 and isinstance(got[0], list)):
        return "return a tuple (state, sent): a list of p arrays and a list of p ints"
    state, sent = got
    want_state, want_sent = expected
    if len(state) != p or not all(isinstance(a, np.ndarray) for a in state):
        return "state holds one float64 array per worker" + ("" if case.hidden else f": {p} here")
    if any(a.shape != want_state[0].shape for a in state):
        return "each worker's buffer keeps its length n: put its chunks back together in order"
    n = len(buffers[0])
    for cut in ("remainder_last", "ceil"):
        if _sizes(n, p, cut) == _sizes(n, p, "array_split"):
            continue
        wrong_state, wrong_sent = _ring(buffers, steps, cut=cut)
        if _state_matches(state, wrong_state) and sent == wrong_sent:
            sizes = "" if case.hidden else (
                f" (here {_sizes(n, p, 'array_split')}, not {_sizes(n, p, cut)})")
            return ("the chunks are cut in other places than np.array_split cuts them: it "
                    "gives the first n % p chunks one extra element" + sizes + ", and every "
                    "worker must use those boundaries")
    if _state_matches(state, want_state):
        if not isinstance(sent, list) or len(sent) != p:
            return "sent is a list of p ints, one per worker"
        if sent == [steps] * p and want_sent != sent:
            return "sent counts array elements, not messages: add the length of each chunk"
        if sent == [steps * n] * p:
            return ("sent counts whole buffers: each message is one chunk of about n / p "
                    "elements, the whole point of the ring")
        return "the buffers are right; count, for each worker, the elements of every chunk it sent"
    total = np.sum(buffers, axis=0)
    if all(np.array_equal(a, total) for a in state) and steps < 2 * (p - 1):
        if case.hidden:
            return ("every worker already holds the full sum before the schedule is over: play "
                    "the schedule step by step and stop after `steps` steps")
        return (f"every worker already holds the full sum after {steps} of the {2 * (p - 1)} "
                "steps: play the schedule, step by step, and stop after `steps`")
    if steps == 0:
        return "with zero steps nothing has moved: return copies of the inputs"
    for switches, why in MISTAKES:
        wrong_state, _ = _ring(buffers, steps, **switches)
        if not _state_matches(wrong_state, want_state) and _state_matches(state, wrong_state):
            return why
    for k in (steps - 1, steps + 1):
        if 0 <= k <= 2 * (p - 1) and _state_matches(state, _ring(buffers, k)[0]):
            more = "one step too many" if k > steps else "one step too few"
            shown = "" if case.hidden else f" (the buffers after {k} steps, not {steps})"
            return (f"the schedule ran {more}{shown}: run exactly `steps` steps, "
                    "for s in range(steps)")
    return _first_wrong_chunk(case, state, want_state)


def _first_wrong_chunk(case, state, want_state):
    """Name the first worker and chunk that differ, and what that chunk should hold."""
    buffers, steps = case.args
    p = len(buffers)
    for w in range(p):
        mine = np.array_split(state[w], p)
        for c, want in enumerate(np.array_split(want_state[w], p)):
            if not np.array_equal(mine[c], want):
                break
        else:
            continue
        if case.hidden:
            return ("a worker's chunk differs from what the schedule gives: replay it on paper "
                    "with p = 3 and compare, step by step, which chunk each worker sends")
        # How many workers' contributions the right chunk holds tells the learner what
        # should have happened to it so far.
        parts = [np.array_split(buffers[(w - j) % p], p)[c] for j in range(p)]
        held = next((k for k in range(1, p + 1)
                     if np.array_equal(want, np.sum(parts[:k], axis=0))), None)
        what = (f"the sum of {held} workers' copies (its own and the {held - 1} before it "
                "on the ring)" if held and held > 1 else "its own copy, untouched so far")
        if held == p:
            what = "the complete sum over all workers"
        return (f"worker {w}'s chunk {c} is the first wrong one after {steps} steps; it should "
                f"hold {what}: check that worker i sends to worker (i + 1) % p only, and "
                "which chunk it sends at each step (reduce-scatter step s: chunk (i - s) % p, "
                "added; all-gather step t: chunk (i + 1 - t) % p, replacing)")
    return None
