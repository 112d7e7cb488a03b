"""The results a rewrite's numbers are checked against, computed from the tables, each
with the words that say what it is."""

import re

from mldojo.grading.casekit import Fact

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

# Which model an account figure is given to: "the new model routed 18 of 30", "12 for the
# current model". A figure of the other model's row is a swapped table, and a swapped
# account row turns the one regression into a win.
MODEL = {"new": r"new", "current": r"current|old|existing|present"}
ACCOUNT_FIGURES = {
    m: {RIGHT_BY_TYPE[m]["account"], round(100 * RIGHT_BY_TYPE[m]["account"] / TYPES["account"])}
    for m in RIGHT
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


# Whose a figure is when a model is named right after it ("from 60 per cent with the
# current model to 69 per cent with the new one"): that model's, whatever came before.
OWNER_AFTER = re.compile(
    rf"\s+(?:tickets\s+)?(?:for|by|from|with|under|using)\s+the\s+"
    rf"(?P<model>{MODEL['new']}|{MODEL['current']})\b"
)


def _sentences(report):
    return re.split(r"(?<=[.!?;])\s+", " ".join(report.split()).lower())


# The overall figures of each model: its tickets routed right and its accuracy in percent.
OVERALL_FIGURES = {m: {RIGHT[m], round(100 * RIGHT[m] / TOTAL)} for m in RIGHT}


def check(report):
    """The account row read the right way round: a figure the report gives a model on
    account tickets is that model's own; and so is an overall figure given to a model."""
    problems, overall = [], []
    for sentence in _sentences(report):
        account = "account" in sentence
        for pattern in (AFTER, BEFORE):
            for match in pattern.finditer(sentence):
                owner = OWNER_AFTER.match(sentence, match.end())
                named = (owner or match)["model"]
                model = "new" if re.fullmatch(MODEL["new"], named) else "current"
                other = "current" if model == "new" else "new"
                value = float(match["figure"])
                if (account and value in ACCOUNT_FIGURES[other]
                        and value not in ACCOUNT_FIGURES[model]):
                    problems.append(
                        f"“{match.group(0)}” gives the {model} model the {other} model's "
                        "account figure: read the account row of the table again"
                    )
                elif (value in OVERALL_FIGURES[other] and value not in OVERALL_FIGURES[model]
                        and not (account and value in ACCOUNT_FIGURES[model])):
                    overall.append(f"“{match.group(0).strip()}” gives the {model} model "
                                   f"the {other} model's overall figure: read the first table "
                                   "again")
    return {
        "the account figures belong to the right model": "; ".join(problems) or None,
        "the overall figures belong to the right model": "; ".join(overall[:3]) or None,
    }
