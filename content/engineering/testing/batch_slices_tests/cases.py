"""Implementations of batch_slices, as source: three correct styles and the bugs.

Internal names are drawn from the seed, so a run_tests that recognises a bug by
its text instead of its behaviour does not pass for long.
"""

from mldojo.grading.casekit import Case

OUT = ["out", "batches", "result", "slices", "spans"]
START = ["start", "lo", "begin", "s", "i0"]
STOP = ["stop", "hi", "end", "e", "i1"]
LIMIT = ["limit", "last", "upto", "bound", "cut"]

CORRECT = {
    "a for loop": """
def batch_slices(n, batch_size, drop_last=False):
    {out} = []
    for {start} in range(0, n, batch_size):
        {stop} = min({start} + batch_size, n)
        if drop_last and {stop} - {start} < batch_size:
            break
        {out}.append(({start}, {stop}))
    return {out}
""",
    "a list comprehension": """
def batch_slices(n, batch_size, drop_last=False):
    {limit} = n - n % batch_size if drop_last else n
    return [({start}, min({start} + batch_size, n)) for {start} in range(0, {limit}, batch_size)]
""",
    "a while loop": """
def batch_slices(n, batch_size, drop_last=False):
    {out}, {start} = [], 0
    while {start} < n:
        {stop} = {start} + batch_size
        if {stop} > n:
            if drop_last:
                break
            {stop} = n
        {out}.append(({start}, {stop}))
        {start} = {stop}
    return {out}
""",
}

BUGS = [
    ("the shorter last batch is always dropped, even with drop_last=False", False, """
def batch_slices(n, batch_size, drop_last=False):
    return [({start}, {start} + batch_size) for {start} in range(0, n - batch_size + 1, batch_size)]
"""),
    ("drop_last is ignored", False, """
def batch_slices(n, batch_size, drop_last=False):
    {out} = []
    for {start} in range(0, n, batch_size):
        {out}.append(({start}, min({start} + batch_size, n)))
    return {out}
"""),
    ("the last stop is not clamped to n", False, """
def batch_slices(n, batch_size, drop_last=False):
    {out} = []
    for {start} in range(0, n, batch_size):
        if drop_last and {start} + batch_size > n:
            break
        {out}.append(({start}, {start} + batch_size))
    return {out}
"""),
    ("with drop_last, the last full batch goes missing when n is a multiple of batch_size",
     False, """
def batch_slices(n, batch_size, drop_last=False):
    if drop_last:
        return [({start}, {start} + batch_size) for {start} in range(0, n - batch_size, batch_size)]
    return [({start}, min({start} + batch_size, n)) for {start} in range(0, n, batch_size)]
"""),
    ("an empty batch (n, n) at the end when n is a multiple of batch_size", False, """
def batch_slices(n, batch_size, drop_last=False):
    {out} = []
    for {start} in range(0, n + 1, batch_size):
        {stop} = min({start} + batch_size, n)
        if drop_last and {stop} - {start} < batch_size:
            break
        {out}.append(({start}, {stop}))
    return {out}
"""),
    ("n = 0 gives one empty batch", False, """
def batch_slices(n, batch_size, drop_last=False):
    {limit} = max(1, -(-n // batch_size))
    {out} = [(k * batch_size, min((k + 1) * batch_size, n)) for k in range({limit})]
    if drop_last and {out}[-1][1] - {out}[-1][0] < batch_size:
        {out}.pop()
    return {out}
"""),
    ("the bounds are NumPy integers, not Python ints", False, """
import numpy as np


def batch_slices(n, batch_size, drop_last=False):
    {limit} = n - n % batch_size if drop_last else n
    return [({start}, np.minimum({start} + batch_size, n)) for {start} in range(0, {limit}, batch_size)]
"""),
    ("the batches are counted back from the end, so the short one comes first", False, """
def batch_slices(n, batch_size, drop_last=False):
    {limit} = n - n % batch_size if drop_last else n
    {out} = []
    for {stop} in range({limit}, 0, -batch_size):
        {out}.append((max({stop} - batch_size, 0), {stop}))
    return {out}[::-1]
"""),
    ("a short last batch is merged into the one before it", False, """
def batch_slices(n, batch_size, drop_last=False):
    {out} = []
    for {start} in range(0, n, batch_size):
        {stop} = min({start} + batch_size, n)
        if {stop} - {start} < batch_size and {out}:
            if not drop_last:
                {out}[-1] = ({out}[-1][0], {stop})
            break
        if drop_last and {stop} - {start} < batch_size:
            break
        {out}.append(({start}, {stop}))
    return {out}
"""),
    ("a shortcut for small data ignores drop_last", True, """
def batch_slices(n, batch_size, drop_last=False):
    if batch_size >= n:
        return [(0, n)] if n else []
    {out} = []
    for {start} in range(0, n, batch_size):
        {stop} = min({start} + batch_size, n)
        if drop_last and {stop} - {start} < batch_size:
            break
        {out}.append(({start}, {stop}))
    return {out}
"""),
    ("batches come back as lists, not tuples", True, """
def batch_slices(n, batch_size, drop_last=False):
    {out} = []
    for {start} in range(0, n, batch_size):
        {stop} = min({start} + batch_size, n)
        if drop_last and {stop} - {start} < batch_size:
            break
        {out}.append([{start}, {stop}])
    return {out}
"""),
    ("a cache keyed without drop_last returns stale answers", True, """
_seen = {{}}


def batch_slices(n, batch_size, drop_last=False):
    if (n, batch_size) not in _seen:
        {out} = []
        for {start} in range(0, n, batch_size):
            {stop} = min({start} + batch_size, n)
            if drop_last and {stop} - {start} < batch_size:
                break
            {out}.append(({start}, {stop}))
        _seen[(n, batch_size)] = {out}
    return list(_seen[(n, batch_size)])
"""),
    ("a parameter added before drop_last turns batch_slices(7, 3, True) into a start at "
     "row 1", False, """
def batch_slices(n, batch_size, first=0, drop_last=False):
    {out} = []
    for {start} in range(first, n, batch_size):
        {stop} = min({start} + batch_size, n)
        if drop_last and {stop} - {start} < batch_size:
            break
        {out}.append(({start}, {stop}))
    return {out}
"""),
    ("it raises IndexError when n = 0 and drop_last=True", True, """
def batch_slices(n, batch_size, drop_last=False):
    {out} = [({start}, min({start} + batch_size, n)) for {start} in range(0, n, batch_size)]
    if drop_last and {out}[-1][1] - {out}[-1][0] < batch_size:
        {out}.pop()
    return {out}
"""),
    ("it became a generator: the right batches, but not a list", True, """
def batch_slices(n, batch_size, drop_last=False):
    for {start} in range(0, n, batch_size):
        {stop} = min({start} + batch_size, n)
        if drop_last and {stop} - {start} < batch_size:
            return
        yield ({start}, {stop})
"""),
    ("with drop_last, the number of batches is rounded instead of floored", True, """
def batch_slices(n, batch_size, drop_last=False):
    {limit} = round(n / batch_size) if drop_last else -(-n // batch_size)
    return [(k * batch_size, min((k + 1) * batch_size, n)) for k in range({limit})]
"""),
]


def _names(rng):
    return {key: str(rng.choice(pool)) for key, pool in
            (("out", OUT), ("start", START), ("stop", STOP), ("limit", LIMIT))}


def cases(rng):
    out = []
    for style, template in CORRECT.items():
        out.append(Case(f"a correct implementation, written with {style}",
                        (template.format(**_names(rng)).lstrip(),)))
    hidden_count = 0
    for description, hidden, template in BUGS:
        source = template.format(**_names(rng)).lstrip()
        if hidden:
            hidden_count += 1
            out.append(Case(f"hidden bug #{hidden_count}", (source,), hidden=True))
        else:
            out.append(Case(f"bug: {description}", (source,)))
    return out


HIDDEN = [description for description, hidden, _ in BUGS if hidden]
HINTS = {
    "a shortcut for small data ignores drop_last":
        "try a batch_size larger than n, with drop_last both ways",
    "batches come back as lists, not tuples":
        "check the type of what comes back, not only the numbers",
    "a cache keyed without drop_last returns stale answers":
        "call it twice on the same n and batch_size, drop_last one way then the other, "
        "and in the other order too",
    "it raises IndexError when n = 0 and drop_last=True":
        "try n = 0 with drop_last both ways, and treat any exception from the "
        "implementation as a failed test",
    "with drop_last, the number of batches is rounded instead of floored":
        "try drop_last=True with a short last batch more than half full (say n = 8, "
        "batch_size = 3), not only one of a single row",
    "it became a generator: the right batches, but not a list":
        "check that what comes back is a list before anything converts it: list(...) "
        "around the call hides a generator, whose callers' len() and indexing then fail",
}


def compare(case, expected, got):
    if got is expected:
        return None
    if not isinstance(got, bool):
        return (f"run_tests must return a plain bool (True or False), not "
                f"{type(got).__name__}: use `return False` / `return True`")
    if expected:
        return ("your tests reject this correct implementation: a test expects something "
                "the specification does not promise, or your run_tests itself failed on "
                "it (print the failing input to see which). Check only what the statement "
                "says: a list of (start, stop) tuples of ints, contiguous from 0, full "
                "batches except possibly a non-empty last one, drop_last leaving out a "
                "short last batch")
    if case.hidden:
        hint = HINTS[HIDDEN[int(case.name.rsplit("#", 1)[1]) - 1]]
        return f"your tests let a buggy implementation through (it is hidden); {hint}"
    return (f"your tests let a buggy implementation through: {case.name[5:]}. Add a "
            "test that this version fails and a correct one passes")
