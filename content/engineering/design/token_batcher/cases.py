from mldojo.grading.casekit import Call, Case, same


def S(request_id, tokens, now):
    return Call("submit", (request_id, int(tokens), int(now)))


def P(now):
    return Call("poll", (int(now),))


F, N, T = Call("flush"), Call("pending"), Call("stats")


def _traffic(rng, n, max_tokens, gap=6):
    calls, now = [], 0
    for i in range(n):
        now += int(rng.integers(0, gap))
        if rng.random() < 0.25:
            calls.append(P(now))
        tokens = (
            int(rng.integers(1, max_tokens + 1))
            if rng.random() < 0.9
            else int(rng.integers(max_tokens, 2 * max_tokens))
        )
        calls.append(S(f"r{i}", tokens, now))
        if rng.random() < 0.15:
            calls.append(N)
    calls += [P(now + int(rng.integers(0, 30))), N, T, F, N, T]
    return calls


def _case(name, max_tokens, max_wait, calls, hidden=False):
    return Case(name, (int(max_tokens), int(max_wait)), calls=tuple(calls), hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        budget, wait = int(rng.integers(50, 300)), int(rng.integers(2, 20))
        out.append(
            _case(
                f"random traffic #{i + 1} (budget {budget}, wait {wait} ms)",
                budget,
                wait,
                _traffic(rng, int(rng.integers(20, 50)), budget),
            )
        )
    out.append(
        _case(
            "the statement's example",
            100,
            10,
            [
                S("a", 40, 0),
                S("b", 50, 3),
                S("c", 30, 5),
                P(14),
                P(15),
                S("d", 250, 20),
                S("e", 60, 21),
                F,
                N,
                T,
            ],
        )
    )
    out.append(
        _case(
            "a request waiting exactly max_wait_ms is dispatched",
            100,
            10,
            [S("a", 10, 0), P(9), N, P(10), N, T],
        )
    )
    out.append(
        _case(
            "a batch of exactly max_tokens goes at once",
            100,
            50,
            [S("a", 60, 0), S("b", 40, 1), N, S("c", 100, 2), N, T],
        )
    )
    out.append(
        _case(
            "the deadline belongs to the oldest request",
            1000,
            10,
            [S("a", 1, 0), S("b", 1, 4), S("c", 1, 8), P(11), S("d", 1, 11), P(19), P(21), T],
        )
    )
    out.append(
        _case(
            "a request larger than the budget goes alone",
            50,
            100,
            [S("a", 10, 0), S("b", 80, 1), S("c", 10, 2), N, P(101), N, T],
        )
    )
    out.append(
        _case(
            "max_wait_ms = 0 dispatches every request at once",
            100,
            0,
            [S("a", 10, 5), S("b", 10, 5), N, T],
        )
    )
    out.append(
        _case(
            "one call can dispatch several batches",
            10,
            5,
            [
                S("x", 4, 0),
                S("y", 6, 0),
                S("a", 6, 1),
                S("b", 3, 1),
                S("c", 6, 2),
                S("d", 3, 3),
                S("e", 10, 4),
                P(100),
                T,
            ],
        )
    )
    out.append(
        _case(
            "after a due batch leaves, the next one waits for its own deadline",
            10,
            10,
            [S("a", 6, 0), S("b", 6, 20), N, P(29), N, S("c", 3, 30), N, T],
        )
    )
    out.append(
        _case(
            "flush splits by the budget",
            10,
            1000,
            [S("a", 4, 0), S("b", 4, 1), S("c", 4, 2), S("d", 4, 3), S("e", 4, 4), F, N, T, F],
        )
    )
    out.append(
        _case(
            "flush dispatches at the time of the last poll, not the last arrival",
            100,
            50,
            [S("a", 10, 0), S("b", 10, 5), P(30), N, F, N, T],
        )
    )
    out.append(_case("nothing dispatched yet", 100, 10, [T, N, F, T, P(5), T]))
    out.append(_case("random traffic (hidden)", 120, 8, _traffic(rng, 60, 120), hidden=True))
    return out


class _Model:
    """The specification, with one known mistake switched on (for the messages only)."""

    def __init__(
        self,
        budget,
        wait,
        *,
        strict=False,
        newest=False,
        over_only=False,
        single=False,
        stale_due=False,
        poll_only_due=False,
        flush_at_arrival=False,
    ):
        self.budget, self.wait, self.queue, self.now = budget, wait, [], 0
        self.strict, self.newest, self.over_only, self.single = strict, newest, over_only, single
        self.stale_due, self.poll_only_due = stale_due, poll_only_due
        self.flush_at_arrival = flush_at_arrival
        self.totals = {"batches": 0, "requests": 0, "tokens": 0, "longest_wait_ms": 0}

    def _size(self):
        used = 0
        for count, (_, tokens, _) in enumerate(self.queue):
            if count and used + tokens > self.budget:
                return count, True
            used += tokens
        return len(self.queue), used >= self.budget and not self.over_only

    def _go(self, everything=False, deadline=True):
        out, was_due = [], bool(self.queue) and self.now - self.queue[0][2] >= self.wait
        while self.queue:
            size, full = self._size()
            age = self.now - self.queue[-1 if self.newest else 0][2]
            due = age > self.wait if self.strict else age >= self.wait
            due = was_due if self.stale_due else due  # decided once, for the whole call
            due = due and deadline
            if not (full or due or everything):
                break
            batch, self.queue = self.queue[:size], self.queue[size:]
            out.append([r for r, _, _ in batch])
            self.totals["batches"] += 1
            self.totals["requests"] += size
            self.totals["tokens"] += sum(t for _, t, _ in batch)
            self.totals["longest_wait_ms"] = max(
                self.totals["longest_wait_ms"], *(self.now - a for _, _, a in batch)
            )
            if self.single and not everything:
                break
        return out

    def submit(self, request_id, tokens, now_ms):
        self.now = now_ms
        self.queue.append((request_id, tokens, now_ms))
        return self._go(deadline=not self.poll_only_due)

    def poll(self, now_ms):
        self.now = now_ms
        return self._go()

    def flush(self):
        if self.flush_at_arrival and self.queue:
            self.now = self.queue[-1][2]
        return self._go(everything=True)

    def pending(self):
        return len(self.queue)

    def stats(self):
        return dict(self.totals)


MISTAKES = [  # (switches, the advice, the advice in a few words for "either ... or ...")
    (
        dict(poll_only_due=True),
        "submit must test the deadline too, not only poll: at the "
        "end of submit, a batch whose oldest request has waited max_wait_ms or more is "
        "dispatched (with max_wait_ms = 0, at once)",
        "submit must test the deadline too, not only poll",
    ),
    (
        dict(strict=True),
        "a request that has waited exactly max_wait_ms is due: now_ms - arrival >= max_wait_ms",
        "a request that has waited exactly max_wait_ms is due (>=, not >)",
    ),
    (
        dict(newest=True),
        "the deadline is the oldest pending request's, not the newest's",
        "the deadline is the oldest pending request's",
    ),
    (
        dict(over_only=True),
        "a batch whose tokens reach max_tokens is full and goes at once: "
        "tokens equal to max_tokens, or over it (a lone request larger than max_tokens)",
        "a batch whose tokens reach max_tokens (or a lone larger request) is full and goes at once",
    ),
    (
        dict(stale_due=True),
        "after a due batch was dispatched, the batch behind it went too: "
        "each batch is due by its own oldest request, so test the deadline again, for the new "
        "head of the queue, before each batch",
        "test the deadline again for each batch's own oldest request",
    ),
    (
        dict(single=True),
        "one call can dispatch several batches: keep dispatching while a "
        "batch is due or full (while, not if)",
        "one call can dispatch several batches (while, not if)",
    ),
]


def _replay(model, calls):
    result = None
    for call in calls:
        result = getattr(model, call.method)(*call.args, **call.kwargs)
    return result


def _results(model, calls):
    return [getattr(model, call.method)(*call.args, **call.kwargs) for call in calls]


def compare(case, expected, got, call):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    if call.method in ("submit", "poll", "flush") and not isinstance(got, list):
        return f"{problem}; {call.method} returns a list of batches, each a list of ids"
    if call.method == "stats" and isinstance(got, dict) and set(got) == set(expected):
        for key in ("batches", "requests", "tokens"):
            if got[key] != expected[key]:
                return f"{problem}; count every dispatched batch, submit, poll and flush alike"
        # stats() is one shared Call object: try the replay up to each of its places.
        ends = [i for i, c in enumerate(case.calls) if c is call]
        if any(
            same(_replay(_Model(*case.args, flush_at_arrival=True), case.calls[: i + 1]), got)
            is None
            for i in ends
        ):
            return (
                f"{problem}; longest_wait_ms is too small: a request dispatched by flush() "
                "waited until the time of the last submit or poll, which can be later "
                "than the last arrival (keep the clock poll moved forward)"
            )
        return (
            f"{problem}; longest_wait_ms is the largest dispatch time minus arrival of any "
            "dispatched request (flush dispatches at the time of the last call)"
        )
    # The calls are judged in order, so every call before this one was right: a mistake
    # that would have gone wrong earlier in this case fits less well than one that would
    # not (it may still be a variant of the one made).
    index = next(i for i, c in enumerate(case.calls) if c is call)
    right = _results(_Model(*case.args), case.calls[:index])
    fits, fits_before = [], []
    for switches, why, briefly in MISTAKES:
        wrong = _results(_Model(*case.args, **switches), case.calls[: index + 1])
        if same(wrong[-1], got) is None and same(wrong[-1], expected) is not None:
            fits.append((why, briefly))
            if same(wrong[:-1], right) is None:
                fits_before.append((why, briefly))
    fits = fits_before or fits
    if len(fits) == 1:
        return f"{problem}; {fits[0][0]}"
    if fits:  # this call cannot tell them apart
        return f"{problem}; either {fits[0][1]}, or {fits[1][1]}"
    return problem
