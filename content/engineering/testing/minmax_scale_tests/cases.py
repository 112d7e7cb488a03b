"""Implementations of minmax_scale, as source: correct ones in several styles, and bugs.

Local names are drawn from the seed, so a run_tests that recognises a bug by its text
instead of its behaviour does not pass for long.
"""

from mldojo.grading.casekit import Case

LO = ["lo", "low", "smallest", "vmin", "m"]
HI = ["hi", "high", "largest", "vmax", "big"]
SPAN = ["span", "width", "rng", "scale", "denom"]

CORRECT = {
    "a list comprehension": """
def minmax_scale(values):
    if not values:
        return []
    {lo}, {hi} = min(values), max(values)
    if {hi} == {lo}:
        return [0.0] * len(values)
    return [(v - {lo}) / ({hi} - {lo}) for v in values]
""",
    "a loop and a reciprocal": """
def minmax_scale(values):
    {lo} = min(values, default=0.0)
    {span} = max(values, default=0.0) - {lo}
    out = []
    for v in values:
        out.append(float((v - {lo}) * (1.0 / {span})) if {span} else 0.0)
    return out
""",
    "sorted() for the extremes": """
def minmax_scale(values):
    ordered = sorted(values)
    if len(ordered) < 2 or ordered[0] == ordered[-1]:
        return [0.0 for _ in values]
    {lo}, {span} = ordered[0], ordered[-1] - ordered[0]
    return list(map(lambda v: (v - {lo}) / {span}, values))
""",
    # The same numbers by another rounding: 1 - 1/3 is 0.6666666666666667, not 2/3's
    # 0.6666666666666666. A suite that compares floats with == rejects this one.
    "the distance from the maximum": """
def minmax_scale(values):
    {hi} = max(values, default=0.0)
    {span} = {hi} - min(values, default=0.0)
    return [1.0 - ({hi} - v) / {span} if {span} > 0 else 0.0 for v in values]
""",
}

BUGS = [
    ("constant input divides by zero", False, """
def minmax_scale(values):
    if not values:
        return []
    {lo}, {hi} = min(values), max(values)
    return [(v - {lo}) / ({hi} - {lo}) for v in values]
"""),
    ("an empty list raises ValueError", False, """
def minmax_scale(values):
    {lo}, {hi} = min(values), max(values)
    if {hi} == {lo}:
        return [0.0] * len(values)
    return [(v - {lo}) / ({hi} - {lo}) for v in values]
"""),
    ("the minimum is taken as 0, so negative values go wrong", False, """
def minmax_scale(values):
    {hi} = max(values, default=0.0)
    return [v / {hi} if {hi} else 0.0 for v in values]
"""),
    ("the input list is overwritten in place", False, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    for i, v in enumerate(values):
        values[i] = (v - {lo}) / ({hi} - {lo}) if {hi} > {lo} else 0.0
    return values
"""),
    ("constant input gives 1.0 instead of 0.0", False, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    return [(v - {lo}) / ({hi} - {lo}) if {hi} > {lo} else 1.0 for v in values]
"""),
    ("the result is a NumPy array (of np.float64 items), not a list", False, """
def minmax_scale(values):
    import numpy as np
    x = np.array(values, dtype=float)
    if x.size == 0:
        return []
    {lo}, {hi} = x.min(), x.max()
    if {hi} == {lo}:
        return np.zeros(len(x))
    return (x - {lo}) / ({hi} - {lo})
"""),
    ("the first value is taken as the minimum", True, """
def minmax_scale(values):
    if not values:
        return []
    {lo}, {hi} = values[0], max(values)
    return [(v - {lo}) / ({hi} - {lo}) if {hi} != {lo} else 0.0 for v in values]
"""),
    ("results are rounded to two decimals", True, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    return [round((v - {lo}) / ({hi} - {lo}), 2) if {hi} > {lo} else 0.0 for v in values]
"""),
    ("ints come back as ints when they are whole", True, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0), max(values, default=0)
    if {hi} == {lo}:
        return [0 for _ in values]
    return [(v - {lo}) // ({hi} - {lo}) if (v - {lo}) % ({hi} - {lo}) == 0 else (v - {lo}) / ({hi} - {lo})
            for v in values]
"""),
    ("the result is sorted", True, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    return sorted((v - {lo}) / ({hi} - {lo}) if {hi} > {lo} else 0.0 for v in values)
"""),
    ("an empty list comes back as the same list object, not a new list", False, """
def minmax_scale(values):
    if not values:
        return values
    {lo}, {hi} = min(values), max(values)
    return [(v - {lo}) / ({hi} - {lo}) if {hi} > {lo} else 0.0 for v in values]
"""),
    ("only a single value is handled: a constant list of several divides by zero", True, """
def minmax_scale(values):
    if len(values) < 2:
        return [0.0] * len(values)
    {lo}, {hi} = min(values), max(values)
    return [(v - {lo}) / ({hi} - {lo}) for v in values]
"""),
    ("the input is scaled in place, and a copy of it returned", True, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    for i, v in enumerate(values):
        values[i] = (v - {lo}) / ({hi} - {lo}) if {hi} > {lo} else 0.0
    return list(values)
"""),
    ("a minimum below 0 is taken as 0", True, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    if {lo} < 0:
        {lo} = 0.0
    return [(v - {lo}) / ({hi} - {lo}) if {hi} > {lo} else 0.0 for v in values]
"""),
    ("the largest size is taken as the maximum", True, """
def minmax_scale(values):
    {lo} = min(values, default=0.0)
    {hi} = max((abs(v) for v in values), default=0.0)
    return [(v - {lo}) / ({hi} - {lo}) if {hi} > {lo} else 0.0 for v in values]
"""),
    ("the last value is dropped (an off-by-one in a range)", True, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    {span} = {hi} - {lo}
    return [(values[i] - {lo}) / {span} if {span} else 0.0 for i in range(len(values) - 1)]
"""),
    ("the last value is taken as the maximum", True, """
def minmax_scale(values):
    if not values:
        return []
    {lo}, {hi} = min(values), values[-1]
    return [(v - {lo}) / ({hi} - {lo}) if {hi} != {lo} else 0.0 for v in values]
"""),
    ("constant input gives int zeros, not floats", True, """
def minmax_scale(values):
    {lo}, {hi} = min(values, default=0.0), max(values, default=0.0)
    if {hi} == {lo}:
        return [0] * len(values)
    return [(v - {lo}) / ({hi} - {lo}) for v in values]
"""),
]


def _names(rng):
    return {key: str(rng.choice(pool)) for key, pool in (("lo", LO), ("hi", HI), ("span", SPAN))}


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
    "the first value is taken as the minimum":
        "try a list whose smallest value is not the first one",
    "results are rounded to two decimals":
        "compare values with a tight tolerance, on values that are not round fractions",
    "ints come back as ints when they are whole":
        "check the type of every element that comes back, with int inputs too",
    "the result is sorted":
        "check the order: element i of the result belongs to element i of the input",
    "only a single value is handled: a constant list of several divides by zero":
        "try a constant list of several values, not only a single value",
    "the input is scaled in place, and a copy of it returned":
        "keep a copy of the input and compare the input with it after the call",
    "a minimum below 0 is taken as 0":
        "the specification allows negative values: try some",
    "the largest size is taken as the maximum":
        "try negative values whose size is larger than the largest value",
    "the last value is dropped (an off-by-one in a range)":
        "compare the lengths of the input and the result",
    "the last value is taken as the maximum":
        "try a list whose largest value is not the last one",
    "constant input gives int zeros, not floats":
        "check the type of every element that comes back, for a constant input too",
}


def compare(case, expected, got):
    if got is expected:
        return None
    if not isinstance(got, bool):
        return (f"run_tests must return a plain bool (True or False), not "
                f"{type(got).__name__}: use `return False` / `return True`")
    if expected:
        return ("your tests reject this correct implementation: a test expects something "
                "the specification does not promise, compares floats with == instead of a "
                "tolerance, or your run_tests itself failed on it (print the failing input "
                "to see which)")
    if case.hidden:
        hint = HINTS[HIDDEN[int(case.name.rsplit("#", 1)[1]) - 1]]
        return f"your tests let a buggy implementation through (it is hidden); {hint}"
    return (f"your tests let a buggy implementation through: {case.name[5:]}. Add a test "
            "that this version fails and a correct one passes")
