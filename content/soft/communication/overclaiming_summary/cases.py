"""The results a rewrite's numbers are checked against, computed from the tables."""

TOTAL = 200
RIGHT = {"current": 120, "new": 138}
TYPES = {"billing": 80, "technical": 90, "account": 30}
RIGHT_BY_TYPE = {
    "current": {"billing": 52, "technical": 50, "account": 18},
    "new": {"billing": 64, "technical": 62, "account": 12},
}
ONLY_NEW, ONLY_CURRENT = 30, 12  # tickets on which only one model was right

assert all(sum(RIGHT_BY_TYPE[m].values()) == RIGHT[m] for m in RIGHT)
assert ONLY_NEW - ONLY_CURRENT == RIGHT["new"] - RIGHT["current"]

MISROUTED = {m: TOTAL - RIGHT[m] for m in RIGHT}

FACTS = {
    **{f"accuracy_{m}": RIGHT[m] / TOTAL for m in RIGHT},
    **{f"misrouted_{m}": MISROUTED[m] for m in RIGHT},
    **{f"misrouted_rate_{m}": MISROUTED[m] / TOTAL for m in RIGHT},
    "accuracy_gain": (RIGHT["new"] - RIGHT["current"]) / TOTAL,  # 0.09, 9 points
    "relative_gain": RIGHT["new"] / RIGHT["current"] - 1,  # 0.15: the summary's "15%"
    "extra_right": RIGHT["new"] - RIGHT["current"],
    "fewer_misrouted": MISROUTED["current"] - MISROUTED["new"],
    "misrouted_relative_drop": 1 - MISROUTED["new"] / MISROUTED["current"],  # 0.225
    "disagreements": ONLY_NEW + ONLY_CURRENT,
    **{f"share_{t}": n / TOTAL for t, n in TYPES.items()},
    **{
        f"accuracy_{t}_{m}": RIGHT_BY_TYPE[m][t] / n
        for t, n in TYPES.items()
        for m in RIGHT
    },
    **{f"misrouted_{t}_{m}": n - RIGHT_BY_TYPE[m][t] for t, n in TYPES.items() for m in RIGHT},
    # Changes per type, signed (new minus current) and as sizes ("6 fewer", "20 points
    # lower"): the number check compares values, so a drop written in words is positive.
    **{f"change_{t}": RIGHT_BY_TYPE["new"][t] - RIGHT_BY_TYPE["current"][t] for t in TYPES},
    **{f"change_size_{t}": abs(RIGHT_BY_TYPE["new"][t] - RIGHT_BY_TYPE["current"][t]) for t in TYPES},
    **{
        f"accuracy_change_{t}": (RIGHT_BY_TYPE["new"][t] - RIGHT_BY_TYPE["current"][t]) / n
        for t, n in TYPES.items()
    },
    **{
        f"accuracy_change_size_{t}": abs(RIGHT_BY_TYPE["new"][t] - RIGHT_BY_TYPE["current"][t]) / n
        for t, n in TYPES.items()
    },
}
