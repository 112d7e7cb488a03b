"""The results a rewrite's numbers are checked against, computed from the tables, each
with the words that say what it is."""

import re

from mldojo.grading.casekit import Fact
from mldojo.grading.written import table_rows

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

# Each result with the words that say what it is: a count of right tickets next to
# "right" or "routed", an accuracy next to "%" or "accuracy", a type's figure next to it.
TYPE = {"billing": r"billing", "technical": r"technical", "account": r"account"}
ACCURACY = r"%|percent|accura|points|share|\bpp\b"
RIGHT_WORDS = r"right|correct|routed|tickets|compar|against"
MISROUTED_WORDS = r"misrout|wrong|errors?"
CHANGE = r"more|fewer|less|change|worse|better|gain|drop|lower|higher|fell|down|up\b"
INTERVAL = r"interval|\bci\b|between|from|as (small|low|large|high)|points|range"

FACTS = {
    "tickets": Fact(TOTAL, r"tickets|test|sample"),
    **{f"right_{m}": Fact(RIGHT[m], RIGHT_WORDS) for m in RIGHT},
    **{f"accuracy_{m}": Fact(RIGHT[m] / TOTAL, ACCURACY) for m in RIGHT},
    **{f"misrouted_{m}": Fact(MISROUTED[m], MISROUTED_WORDS) for m in RIGHT},
    **{f"misrouted_rate_{m}": Fact(MISROUTED[m] / TOTAL, (MISROUTED_WORDS, ACCURACY))
       for m in RIGHT},
    "accuracy_gain": Fact((RIGHT["new"] - RIGHT["current"]) / TOTAL, ACCURACY + r"|gain"),  # 9
    "relative_gain": Fact(  # 0.15: the summary's "15%"
        RIGHT["new"] / RIGHT["current"] - 1, r"%|percent|relative|points|summary|quoted|claim"
    ),
    "extra_right": Fact(RIGHT["new"] - RIGHT["current"], r"more|extra|additional|right"),
    "fewer_misrouted": Fact(MISROUTED["current"] - MISROUTED["new"], CHANGE + "|" + MISROUTED_WORDS),
    "misrouted_relative_drop": Fact(  # 0.225
        1 - MISROUTED["new"] / MISROUTED["current"], (MISROUTED_WORDS, ACCURACY + r"|relative")
    ),
    "disagreements": Fact(ONLY_NEW + ONLY_CURRENT, r"disagree|only one|differ"),
    "only_new": Fact(ONLY_NEW, r"\bonly\b"),
    "only_current": Fact(ONLY_CURRENT, r"\bonly\b"),
    "interval_low": Fact(0.03, INTERVAL),
    "interval_high": Fact(0.15, INTERVAL),
    "interval_level": Fact(0.95, r"interval|\bci\b|confiden|range"),
    **{f"tickets_{t}": Fact(n, TYPE[t]) for t, n in TYPES.items()},
    **{f"share_{t}": Fact(n / TOTAL, (TYPE[t], ACCURACY)) for t, n in TYPES.items()},
    **{
        f"right_{t}_{m}": Fact(RIGHT_BY_TYPE[m][t], (TYPE[t], RIGHT_WORDS))
        for t in TYPES
        for m in RIGHT
    },
    **{
        f"accuracy_{t}_{m}": Fact(RIGHT_BY_TYPE[m][t] / n, (TYPE[t], ACCURACY))
        for t, n in TYPES.items()
        for m in RIGHT
    },
    **{
        f"misrouted_{t}_{m}": Fact(n - RIGHT_BY_TYPE[m][t], (TYPE[t], MISROUTED_WORDS))
        for t, n in TYPES.items()
        for m in RIGHT
    },
    # Changes per type, signed (new minus current): the number check compares sizes, so
    # a drop written in words ("6 fewer", "20 points lower") matches too.
    **{
        f"change_{t}": Fact(RIGHT_BY_TYPE["new"][t] - RIGHT_BY_TYPE["current"][t],
                            (TYPE[t], CHANGE))
        for t in TYPES
    },
    **{
        f"accuracy_change_{t}": Fact(
            (RIGHT_BY_TYPE["new"][t] - RIGHT_BY_TYPE["current"][t]) / n, (TYPE[t], ACCURACY)
        )
        for t, n in TYPES.items()
    },
}
STATEMENT_NUMBERS = False  # every number a rewrite may state is above, with its words

# Which model a ticket type's figure is given to: "the new model routed 18 of 30", "12 for
# the current model". A figure of the other model's row is a swapped table, and a swapped
# account row turns the one regression into a win.
MODEL = {"new": r"new", "current": r"current|old|existing|present"}
# A type's figures of each model, as counts and in percent: routed right, or misrouted
# ("wrong"; the new model misrouted 18 account tickets, the current one routed 18 right).
TYPE_FIGURES = {
    t: {
        m: {"right": {RIGHT_BY_TYPE[m][t], round(100 * RIGHT_BY_TYPE[m][t] / n)},
            "wrong": {n - RIGHT_BY_TYPE[m][t], round(100 * (n - RIGHT_BY_TYPE[m][t]) / n)}}
        for m in RIGHT
    }
    for t, n in TYPES.items()
}
FIGURE = r"(?P<figure>\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)?"
AFTER = re.compile(  # the model's name, then its figure: "the new model routed 18"
    rf"\b(?P<model>{MODEL['new']}|{MODEL['current']})(?:\s+(?:model|one))?(?:['’]s)?"
    rf"(?:\s+(?!against\b|versus\b|vs\b|than\b|while\b|but\b|and\b)[a-z]+){{0,3}}\s+{FIGURE}"
)
BEFORE = re.compile(  # the figure, then whose it is: "18 of 30 for the current model"
    rf"{FIGURE}(?:\s+(?:of|out\s+of|/)\s*30)?(?:\s+(?:right|correct|correctly|tickets))*"
    rf"\s+(?:for|by|from|with)\s+the\s+(?P<model>{MODEL['new']}|{MODEL['current']})\b"
)


# A line that opens with a model: "- New model: 120 of 200 tickets routed right".
OPENS = re.compile(
    rf"^[-*+\s]*(?:the\s+)?(?P<model>{MODEL['new']}|{MODEL['current']})(?:\s+(?:model|one))?"
    rf"\s*:\s*{FIGURE}"
)

# Whose a figure is when a model is named right after it ("from 60 per cent with the
# current model to 69 per cent with the new one"): that model's, whatever came before.
OWNER_AFTER = re.compile(
    rf"\s+(?:tickets\s+)?(?:for|by|from|with|under|using)\s+the\s+"
    rf"(?P<model>{MODEL['new']}|{MODEL['current']})\b"
)


def _sentences(report):
    return re.split(r"(?<=[.!?;])\s+", " ".join(report.split()).lower())


# The overall figures of each model: its tickets routed right and misrouted, as counts
# and in percent.
OVERALL_FIGURES = {
    m: {"right": {RIGHT[m], round(100 * RIGHT[m] / TOTAL)},
        "wrong": {MISROUTED[m], round(100 * MISROUTED[m] / TOTAL)}}
    for m in RIGHT
}


def _measure(words, before="right"):
    """Whether figures said with these words count tickets misrouted or routed right;
    where they say neither, what the figure before them counted."""
    if re.search(MISROUTED_WORDS + r"|not\s+routed\s+right", words):
        return "wrong"
    return "right" if re.search(r"right|correct|routed|accura", words) else before

# A ticket type's count: "billing had 80 tickets", "90 technical tickets". A sentence
# naming two types lets each one's count pass for the other ("billing 90, technical 80").
TYPE_NAME = r"(?P<type>billing|technical|account)"
TYPE_COUNT = re.compile(
    rf"\b{TYPE_NAME}(?:\s+tickets)?(?:\s*:|(?:\s+(?:had|has|have|with|made\s+up|were|was|is"
    r"|are|numbered|of|came\s+to))+)?\s+(?P<figure>\d+)\b(?!\s*(?:%|percent|per\s+cent))"
    rf"|(?<![\d.])(?P<figure2>\d+)\s+(?:were\s+|are\s+)?{TYPE_NAME.replace('type', 'type2')}\b"
)


def _type_counts(sentence):
    """Counts given to a ticket type that are another type's number of tickets."""
    problems = []
    for match in TYPE_COUNT.finditer(sentence):
        kind = match["type"] or match["type2"]
        value = int(match["figure"] or match["figure2"])
        own = {TYPES[kind]} | {f for m in RIGHT for s in TYPE_FIGURES[kind][m].values()
                               for f in s}
        others = [t for t, n in TYPES.items() if t != kind and n == value]
        if others and value not in own:
            problems.append(f"“{match.group(0)}”: {value} is the number of {others[0]} "
                            f"tickets; {kind} had {TYPES[kind]}")
    return problems


def _table_figures(report):
    """In a table whose columns (or rows) are the models, a cell that holds the other
    model's figure: of its row's ticket type, and overall."""
    problems, overall = [], []
    for cells, header in table_rows(report.lower()):
        kinds = [kind for kind in TYPES if kind in cells[0]]
        row = {m for m in MODEL if re.search(rf"\b(?:{MODEL[m]})\b", cells[0])}  # per model
        for cell, heading in zip(cells[1:], header[1:], strict=False):
            models = {m for m in MODEL if re.search(rf"\b(?:{MODEL[m]})\b", heading)} or set(row)
            if len(models) != 1:
                continue
            model = models.pop()
            other = "current" if model == "new" else "new"
            figures = TYPE_FIGURES[kinds[0]] if len(kinds) == 1 else OVERALL_FIGURES
            measure = _measure(f"{cells[0]} {heading}")
            own, theirs = figures[model][measure], figures[other][measure]
            for figure in re.findall(r"(?<![\d.])\d+(?:\.\d+)?", cell):
                value = float(figure)
                if value in theirs and value not in own:
                    where = "column" if re.search(MODEL[model], heading) else "row"
                    (problems if len(kinds) == 1 else overall).append(
                        f"“{cells[0]}: {cell}” in the {model} model's {where} is the "
                        f"{other} model's figure: read the table again"
                    )
    return problems, overall


# The tickets only one model routed right: 30 only the new one, 12 only the current one.
# "On 30 tickets only the current model was right, on 12 only the new one" turns the
# evidence round, and both numbers count with "only" in their sentence.
ONLY = {"new": ONLY_NEW, "current": ONLY_CURRENT}
ONLY_CLAUSE = re.compile(r",|;|:|\(|\)|\s(?:and|while|whereas|but|against|versus|vs)\s")


def _only_one(sentence):
    """Counts of tickets only one model got right, given to the other model."""
    problems = []
    if any(kind in sentence for kind in TYPES):
        return problems  # a type's figures ("the new model got only 12 account tickets right")
    for match in re.finditer(r"(?<![\d.,])(\d+)(?![\d.,]\d)(?!\s*%)(?!\s+(?:more|fewer))",
                             sentence):
        value = int(match.group(1))
        if value not in ONLY.values():
            continue
        low = max([0, *(m.end() for m in ONLY_CLAUSE.finditer(sentence, 0, match.start()))])
        end = ONLY_CLAUSE.search(sentence, match.end())
        clause = sentence[low : end.start() if end else len(sentence)]
        if not re.search(r"\bonly\b|\balone\b", clause):
            continue
        models = {m for m in MODEL if re.search(rf"\b(?:{MODEL[m]})\b", clause)}
        if len(models) == 1 and (model := models.pop()) and ONLY[model] != value:
            other = "current" if model == "new" else "new"
            problems.append(f"“{clause.strip()}”: only the {other} model was right on "
                            f"{value} tickets, only the {model} one on {ONLY[model]}")
    return problems


def check(report):
    """Each type's row read the right way round: a figure the report gives a model on a
    ticket type is that model's own; so is an overall figure given to a model; and a
    type's number of tickets is its own."""
    problems, overall, counts = [], [], []
    only = []
    for sentence in _sentences(report):
        counts += _type_counts(sentence)
        only += _only_one(sentence)
        named = [kind for kind in TYPES if kind in sentence]
        kind = named[0] if len(named) == 1 else None  # the one type the sentence is about
        measure = "right"
        # The figures in the order said: "the new one 18" counts what the one before did.
        found = [m for pattern in (AFTER, BEFORE, OPENS) for m in pattern.finditer(sentence)]
        for match in sorted(found, key=lambda m: m.start()):
            owner = OWNER_AFTER.match(sentence, match.end())
            named = (owner or match)["model"]
            model = "new" if re.fullmatch(MODEL["new"], named) else "current"
            other = "current" if model == "new" else "new"
            value = float(match["figure"])
            # What the figure counts: its words, up to the end of its clause.
            rest = re.split(r"[,;:]|\sand\s|\sbut\s|\sagainst\s", sentence[match.end() :])[0]
            measure = _measure(match.group(0) + rest[:30], measure)
            if kind:
                own, theirs = TYPE_FIGURES[kind][model][measure], TYPE_FIGURES[kind][
                    other][measure]
            if kind and value in theirs and value not in own:
                problems.append(
                    f"“{match.group(0).strip(' -*+')}” gives the {model} model the {other} model's "
                    f"{kind} figure: read the {kind} row of the table again"
                )
            elif (value in OVERALL_FIGURES[other][measure]
                    and value not in OVERALL_FIGURES[model][measure]
                    and not (kind and value in own)):
                overall.append(f"“{match.group(0).strip(' -*+')}” gives the {model} model "
                               f"the {other} model's overall figure: read the first table "
                               "again")
    in_types, in_all = _table_figures(report)
    problems, overall = problems + in_types, overall + in_all
    return {
        "the account figures belong to the right model, and billing's and technical's too": (
            "; ".join(problems[:3]) or None),
        "each ticket type has its own number of tickets": "; ".join(counts[:3]) or None,
        "the tickets only one model got right are given to that model": (
            "; ".join(only[:2]) or None),
        "the overall figures belong to the right model": "; ".join(overall[:3]) or None,
    }
