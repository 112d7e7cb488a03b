"""The results the report's numbers are checked against, computed from the table."""

TOTAL, FRAUD = 2000, 100
FLAGGED = {"a": 100, "b": 150}
CAUGHT = {"a": 62, "b": 71}
FALSE_ALARMS = {m: FLAGGED[m] - CAUGHT[m] for m in FLAGGED}

FACTS = {
    **{f"recall_{m}": CAUGHT[m] / FRAUD for m in CAUGHT},
    **{f"precision_{m}": CAUGHT[m] / FLAGGED[m] for m in CAUGHT},
    **{f"missed_{m}": FRAUD - CAUGHT[m] for m in CAUGHT},
    **{f"false_alarms_{m}": FALSE_ALARMS[m] for m in CAUGHT},
    **{f"flag_rate_{m}": FLAGGED[m] / TOTAL for m in CAUGHT},
    "recall_gain": (CAUGHT["b"] - CAUGHT["a"]) / FRAUD,
    "extra_caught": CAUGHT["b"] - CAUGHT["a"],
    "extra_flags": FLAGGED["b"] - FLAGGED["a"],
    "extra_false_alarms": FALSE_ALARMS["b"] - FALSE_ALARMS["a"],
    "precision_drop": CAUGHT["a"] / FLAGGED["a"] - CAUGHT["b"] / FLAGGED["b"],
}
