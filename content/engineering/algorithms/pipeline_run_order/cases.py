import heapq
from collections import defaultdict

import numpy as np

from mldojo.grading.casekit import Case, same, short

STAGES = ["extract", "clean", "join", "features", "split", "train", "eval", "publish",
          "embed", "dedupe", "label", "score", "report", "export", "audit", "tune"]
TABLES = ["users", "items", "clicks", "orders", "events", "logs", "ads", "query"]
LARGE = 60_000


def _names(rng, n):
    names, top = set(), max(10, n)  # 16 * 8 * top possible names: always enough
    while len(names) < n:
        names.add(f"{rng.choice(STAGES)}_{rng.choice(TABLES)}{int(rng.integers(0, top))}")
    names = sorted(names)
    return [names[i] for i in rng.permutation(n)]


def _dag(rng, n, p):
    """Random DAG: edges go from earlier to later in a random topological order."""
    names = _names(rng, n)
    topo = [names[i] for i in rng.permutation(n)]
    deps = [(topo[i], topo[j]) for i in range(n) for j in range(i + 1, n) if rng.random() < p]
    return names, [deps[i] for i in rng.permutation(len(deps))]


def _long_dag(rng, n, per_step):
    names = _names(rng, n)
    topo = [names[i] for i in rng.permutation(n)]
    deps = []
    for j in range(1, n):
        for i in rng.integers(max(0, j - 50), j, size=per_step):
            deps.append((topo[int(i)], topo[j]))
    return names, [deps[i] for i in rng.permutation(len(deps))]


def _large_dag(rng, n, per_step=2):
    """A long pipeline whose order runs mostly against the alphabet: steps with small
    names wait on steps with larger ones, so a scan for the first ready step in name
    order walks nearly every remaining step each time (O(V^2)); a heap does not care."""
    numbers = rng.choice(10 * n, size=n, replace=False)
    stage = rng.integers(0, len(STAGES), size=n)
    table = rng.integers(0, len(TABLES), size=n)
    names = sorted((f"{STAGES[s]}_{TABLES[t]}{k}" for s, t, k in zip(stage, table, numbers)),
                   reverse=True)
    block = 20  # shuffled within blocks: the order is not simply reverse-alphabetical
    topo = [names[b + i] for b in range(0, n, block) for i in rng.permutation(min(block, n - b))]
    down = np.repeat(np.arange(1, n), per_step)
    low = np.maximum(0, down - 50)
    up = low + (rng.random(down.size) * (down - low)).astype(int)
    deps = [(topo[a], topo[b]) for a, b in zip(up.tolist(), down.tolist())]
    return [names[i] for i in rng.permutation(n)], [deps[i] for i in rng.permutation(len(deps))]


def _wide_dag(rng, n, share=0.25):
    """A wide pipeline: only about a quarter of the steps wait on one earlier step, so
    tens of thousands are ready at once. Taking the smallest ready step from a plain
    list (min, then remove) costs O(V) per step placed, O(V^2) in all; a heap does not."""
    numbers = rng.choice(10 * n, size=n, replace=False)
    stage = rng.integers(0, len(STAGES), size=n)
    table = rng.integers(0, len(TABLES), size=n)
    names = [f"{STAGES[s]}_{TABLES[t]}{k}"
             for s, t, k in zip(stage.tolist(), table.tolist(), numbers.tolist(), strict=True)]
    topo = rng.permutation(n).tolist()
    down = np.flatnonzero(rng.random(n) < share)
    down = down[down > 0]
    up = (rng.random(down.size) * down).astype(int)
    deps = [(names[topo[a]], names[topo[b]])
            for a, b in zip(up.tolist(), down.tolist(), strict=True)]
    return names, [deps[i] for i in rng.permutation(len(deps))]


def _case(name, steps, deps, hidden=False):
    return Case(name, (list(steps), [tuple(d) for d in deps]), hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        n = int(rng.integers(6, 12))
        steps, deps = _dag(rng, n, 0.3)
        out.append(_case(f"random pipeline #{i + 1} ({n} steps)", steps, deps))
    out.append(_case("a step that becomes ready later sorts before one ready now",
                     ["d", "b", "a"], [("b", "a")]))
    out.append(_case("no dependencies: alphabetical", _names(rng, 6), []))
    out.append(_case("no steps", [], []))
    out.append(_case("one step", _names(rng, 1), []))

    steps, deps = _dag(rng, 7, 0.4)
    if not deps:
        deps = [(steps[0], steps[1])]
    twice = deps + [deps[int(i)] for i in rng.integers(0, len(deps), size=3)]
    out.append(_case("the same pair listed more than once",
                     steps, [twice[i] for i in rng.permutation(len(twice))]))

    a, b, c = sorted(_names(rng, 3))
    out.append(_case("a pair listed twice, and a second upstream step",
                     [c, b, a], [(a, b), (c, b), (a, b)]))
    ns = sorted(_names(rng, 5))  # every capital sorts before every small letter
    mixed = [ns[0], ns[1].capitalize(), ns[2], ns[3].capitalize(), ns[4]]
    out.append(_case("names in upper and lower case: Python's string order",
                     [mixed[i] for i in rng.permutation(5)],
                     [(mixed[3], mixed[2]), (mixed[1], mixed[4])]))

    steps = _names(rng, 4)
    out.append(_case("a two-step cycle", steps, [(steps[0], steps[1]), (steps[1], steps[0])]))
    steps = _names(rng, 3)
    out.append(_case("a step that depends on itself", steps, [(steps[1], steps[1])]))

    steps, deps = _dag(rng, 9, 0.25)
    chain = _names(rng, 3)
    while set(chain) & set(steps):
        chain = _names(rng, 3)
    cycle = [(chain[0], chain[1]), (chain[1], chain[2]), (chain[2], chain[0])]
    tail = (chain[2], steps[0])
    out.append(_case("a cycle hidden among healthy steps", steps + chain,
                     deps + cycle + [tail], hidden=True))

    steps, deps = _dag(rng, 8, 0.3)
    out.append(_case("a healthy pipeline (no cycle)", steps, deps, hidden=True))
    steps, deps = _long_dag(rng, 3000, 2)
    out.append(_case("3,000 steps", steps, deps))
    # O(V^2) (scanning the steps for a ready one, once per step placed) needs minutes here;
    # the heap needs a fraction of a second.
    steps, deps = _large_dag(rng, LARGE, per_step=1)
    out.append(_case(f"{LARGE:,} steps (hidden): O((V + E) log V) needed", steps, deps,
                     hidden=True))
    # Most of these steps are ready at once: min() and remove() on a list of the ready
    # steps need half a minute here; the heap needs a tenth of a second.
    steps, deps = _wide_dag(rng, LARGE)
    out.append(_case(f"{LARGE:,} steps, most ready at once (hidden): a heap of the ready "
                     "steps needed", steps, deps, hidden=True))
    return out


# --- teaching messages ---------------------------------------------------------

def _fifo(steps, deps):
    waiting = dict.fromkeys(steps, 0)
    down = defaultdict(list)
    for u, d in deps:
        down[u].append(d)
        waiting[d] += 1
    queue = sorted(s for s, c in waiting.items() if c == 0)
    order = []
    while queue:
        s = queue.pop(0)
        order.append(s)
        for d in down[s]:
            waiting[d] -= 1
            if waiting[d] == 0:
                queue.append(d)
    return order


def _casefold(steps, deps):
    waiting = dict.fromkeys(steps, 0)
    down = defaultdict(list)
    for u, d in deps:
        down[u].append(d)
        waiting[d] += 1
    ready = [(s.lower(), s) for s, c in waiting.items() if c == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, s = heapq.heappop(ready)
        order.append(s)
        for d in down[s]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, (d.lower(), d))
    return order


def _violation(order, deps):
    position = {s: i for i, s in enumerate(order)}
    for u, d in deps:
        if u in position and d in position and position[u] > position[d]:
            return u, d
    return None


def compare(case, expected, got):
    steps, deps = case.args
    if expected is None:
        if got is None:
            return None
        if case.hidden:
            return ("the dependencies contain a cycle, so no order exists: return None. "
                    "If fewer steps were placed than there are, the rest wait on each other")
        return (f"expected None (the dependencies contain a cycle), got {short(got)}: "
                "when some steps can never become ready, return None instead of the "
                "steps you could place")
    if got is None:
        return ("returned None, but this pipeline has no cycle: "
                + ("if a pair is listed twice, count it twice and remove it twice, "
                   "or count it once and remove it once"
                   if len(set(deps)) < len(deps) else
                   "check that each step's count of upstream steps goes down as they "
                   "are placed"))
    if not isinstance(got, list):
        return f"return a list of step names, not a {type(got).__name__}"
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:  # same() shows values: keep only the explanation
        problem = "it does not match"
    if len(got) != len(set(got)):
        return f"{problem}; a step appears more than once: place each step exactly once"
    placed = set(got)
    missing = [s for s in steps if s not in placed]
    if missing:
        lonely = [s for s in missing if all(s not in pair for pair in deps)]
        why = ("steps with no dependencies at all are missing: start from `steps`, not "
               "from the pairs" if lonely else "some steps were never placed")
        return f"{problem}; {why}"
    bad = _violation(got, deps)
    if bad:
        twice = deps.count(bad) < sum(p[1] == bad[1] for p in deps) and any(
            deps.count(p) > 1 for p in deps if p[1] == bad[1])
        why = (f"{bad[1]!r} was placed before its upstream step {bad[0]!r}, and one of "
               "its pairs is listed twice: a pair counted once but removed twice frees a "
               "step too early. Count and remove each listed pair the same number of "
               "times" if twice else
               f"{bad[0]!r} must come before {bad[1]!r} (it is upstream of it), but comes "
               "after it")
        return f"{problem}; {why}"
    if got == _casefold(steps, deps) and any(s != s.lower() for s in steps):
        return (f"{problem}; this is a valid order, but the names were compared ignoring "
                "case: Python's string order puts every capital letter before every small "
                "one ('Z' < 'a'), so compare the names as they are")
    if got == _fifo(steps, deps):
        return (f"{problem}; this is a valid order, but a FIFO queue sorted once at the "
                "start lets a step that became ready later wait behind larger names: "
                "keep the ready steps in a min-heap and always take the smallest")
    return (f"{problem}; this is a valid order but not the specified one: at every step "
            "take the alphabetically smallest of the ready steps")
