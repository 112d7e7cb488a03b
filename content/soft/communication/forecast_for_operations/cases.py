"""The numbers a report may compute from the backtest table, each with the words that
say what it is: a number of pickers next to the forecast or the days it is for."""

import math
import re

from mldojo.grading.casekit import Fact

DAYS, MEAN_VOLUME, PICKER = 56, 14_000, 400
MAE = {"current": 1_600, "new": 1_150}
GOOD_DAYS = {"current": 44, "new": 50}  # error under 2,000 parcels
HOLIDAY_MAE = {"current": 3_900, "new": 4_100}
WORST = {"current": 4_800, "new": 5_200}

PICKERS = r"pickers?|people|staff|workers|heads"
MODEL = {"new": r"\bnew\b", "current": r"current|today|\bnow\b|\bold\b|existing|present"}
SHARE = r"%|percent|share|proportion"
HOLIDAY = r"holiday|easter"
WORST_DAY = r"worst|largest|short|under|easter|tuesday"
FURTHER = r"further|beyond|\bover\b|worse|\bbad|\bother|more than|outside|missed|wrong"

WHOSE = {"new": "the new forecast's", "current": "the current forecast's"}
ERROR = "average daily error"
FACTS = {  # `what` names each result in the learner's words when its own words are missing
    "days": Fact(DAYS, r"\bdays?\b", what="the days of the backtest"),
    "weeks": Fact(DAYS / 7, r"\bweeks?\b", what="the weeks of the backtest"),
    "mean_volume": Fact(
        MEAN_VOLUME, r"parcels|volume|a day|average", what="the average parcels a day"
    ),
    "picker_capacity": Fact(PICKER, r"picker|handles|per\b", what="the parcels one picker handles"),
    "error_threshold": Fact(
        2_000, r"parcels|within|under|less than|below", what="the 2,000-parcel error mark"
    ),
    "threshold_pickers": Fact(
        2_000 / PICKER,
        (PICKERS, r"2,?000"),  # 5
        what="the pickers 2,000 parcels take",
    ),
    "holiday_days": Fact(4, HOLIDAY, what="the holiday days"),
    "pickers_per_day": Fact(
        MEAN_VOLUME / PICKER,
        (PICKERS, r"14,?000|volume|whole|all"),
        what="the pickers a day's volume takes",
    ),
    **{
        f"mae_{m}": Fact(MAE[m], r"parcels|error|off|miss", what=f"{WHOSE[m]} {ERROR}") for m in MAE
    },
    **{
        f"mae_{m}_pickers": Fact(
            MAE[m] / PICKER,
            (PICKERS, MODEL[m]),  # 4, 2.875
            what=f"{WHOSE[m]} {ERROR} in pickers",
        )
        for m in MAE
    },
    **{
        f"mae_{m}_share": Fact(
            MAE[m] / MEAN_VOLUME,
            SHARE,  # 11.4%, 8.2%
            what=f"{WHOSE[m]} {ERROR} as a share of the volume",
        )
        for m in MAE
    },
    **{
        f"good_days_{m}": Fact(
            GOOD_DAYS[m], r"\bdays?\b", what=f"the days the {m} forecast came within 2,000 parcels"
        )
        for m in GOOD_DAYS
    },
    **{
        f"good_days_{m}_share": Fact(
            GOOD_DAYS[m] / DAYS,
            r"days|%|percent",
            what=f"the share of days the {m} forecast came within 2,000 parcels",
        )
        for m in GOOD_DAYS
    },
    **{
        f"bad_days_{m}": Fact(
            DAYS - GOOD_DAYS[m],
            (r"\bdays?\b", FURTHER),
            what=f"the days the {m} forecast was further off",
        )
        for m in GOOD_DAYS
    },
    **{
        f"bad_days_{m}_share": Fact(
            1 - GOOD_DAYS[m] / DAYS,
            (r"days|%|percent", FURTHER),
            what=f"the share of days the {m} forecast was further off",
        )
        for m in GOOD_DAYS
    },
    **{
        f"holiday_{m}": Fact(HOLIDAY_MAE[m], HOLIDAY, what=f"{WHOSE[m]} holiday error")
        for m in HOLIDAY_MAE
    },
    **{
        f"holiday_{m}_pickers": Fact(
            HOLIDAY_MAE[m] / PICKER, (PICKERS, HOLIDAY), what=f"{WHOSE[m]} holiday error in pickers"
        )
        for m in HOLIDAY_MAE
    },
    **{
        f"holiday_{m}_share": Fact(
            HOLIDAY_MAE[m] / MEAN_VOLUME,
            (SHARE, HOLIDAY),
            what=f"{WHOSE[m]} holiday error as a share of the volume",
        )
        for m in HOLIDAY_MAE
    },
    **{f"worst_{m}": Fact(WORST[m], WORST_DAY, what=f"{WHOSE[m]} worst day") for m in WORST},
    **{
        f"worst_{m}_pickers": Fact(
            WORST[m] / PICKER, (PICKERS, WORST_DAY), what=f"{WHOSE[m]} worst day in pickers"
        )
        for m in WORST
    },
    **{
        f"worst_{m}_share": Fact(
            WORST[m] / MEAN_VOLUME,
            (SHARE, WORST_DAY),
            what=f"{WHOSE[m]} worst day as a share of the volume",
        )
        for m in WORST
    },
    "mae_gain": Fact(
        MAE["current"] - MAE["new"],
        r"parcels|better|less|fewer|gain|smaller",
        what="how much smaller the new forecast's average error is",
    ),
    "mae_gain_pickers": Fact(
        (MAE["current"] - MAE["new"]) / PICKER,
        PICKERS,
        what="how much smaller the new forecast's average error is, in pickers",
    ),
    "mae_gain_relative": Fact(
        1 - MAE["new"] / MAE["current"],
        SHARE,  # 28%
        what="how much smaller the new forecast's average error is, as a share",
    ),
    "holiday_gap": Fact(
        HOLIDAY_MAE["new"] - HOLIDAY_MAE["current"],
        HOLIDAY,
        what="how much larger the new forecast's holiday error is",
    ),
    "holiday_over_normal": Fact(
        HOLIDAY_MAE["new"] / MAE["new"],
        (HOLIDAY, r"times|×"),
        what="how many times its usual error the new forecast's holiday error is",
    ),
    "worst_gap": Fact(
        WORST["new"] - WORST["current"],
        WORST_DAY,
        what="how much larger the new forecast's worst day is",
    ),
    "good_days_gain": Fact(
        GOOD_DAYS["new"] - GOOD_DAYS["current"],
        (r"\bdays?\b", r"\bmore\b|better|gain|extra"),
        what="the extra days the new forecast came within 2,000 parcels",
    ),
}
STATEMENT_NUMBERS = False  # every number a report may state is above, with its words

# What `check` reads: which parcels a count of pickers stands for, and which forecast a
# figure of parcels belongs to.
OWN_PARCELS = {  # figures of one forecast only
    "new": {MAE["new"], HOLIDAY_MAE["new"], WORST["new"]},
    "current": {MAE["current"], HOLIDAY_MAE["current"], WORST["current"]},
}
PARCELS = re.compile(r"(?<![\d.,])(\d{1,2},\d{3}|\d{3,5})(?![\d,]*\.\d)(?!\s*%)")
PICKER_COUNT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s+(?:more\s+|extra\s+|fewer\s+)?pickers?\b")
# Words that start a new thought between parcels and pickers: the pickers are a standby.
ASIDE = re.compile(r"standby|stand-by|on call|\bcall|buffer|reserve|\bkeep|spare|\brota|plan")
MODEL = r"(?P<model>new|current|old|existing|today['’]s|present)"
AFTER = re.compile(  # "the new forecast was off by 1,150"
    rf"\b{MODEL}(?:\s+(?:forecast|model|one))?(?:['’]s)?:?"
    r"(?:\s+(?!against\b|versus\b|vs\b|than\b|while\b|whereas\b|but\b|and\b)[a-z]+){0,5}"
    r"\s+(?P<figure>\d{1,2},\d{3}|\d{3,5})\b"
)
BEFORE = re.compile(  # "4,100 for the current forecast"
    r"(?P<figure>\d{1,2},\d{3}|\d{3,5})(?:\s+parcels)?\s+(?:for|from|with|by)\s+the\s+"
    rf"{MODEL}\b"
)

# The days within 2,000 parcels and the days further off, not swapped: "50 of 56 were
# further off" reads the table backwards.
SWAPPED_DAYS = [
    re.compile(
        rf"\b{good}\s+(?:of|out\s+of)\s+(?:the\s+)?{DAYS}(?:\s+days)?"
        r"\s+(?:were|was|are|went|came\s+in)\s+(?:further|more\s+than|over|beyond|worse|outside|off\s+by\s+more)"
    )
    for good in GOOD_DAYS.values()
] + [
    re.compile(
        rf"\b{DAYS - good}\s+(?:of|out\s+of)\s+(?:the\s+)?{DAYS}(?:\s+days)?"
        r"\s+(?:stayed|were|was|are|came\s+in|fell)\s+(?:within|under|less\s+than|below|close)"
    )
    for good in GOOD_DAYS.values()
]


# A count of days given to a forecast: the last forecast named before it in its sentence
# ("the new forecast was within 2,000 parcels on 44 of the 56 days" gives it the current
# one's days).
DAY_COUNT = re.compile(rf"\b(\d{{1,2}})\s+(?:(?:of|out\s+of)\s+(?:the\s+)?{DAYS}\b|days\b)")
MODEL_NAMED = re.compile(r"\b(new|current|old|existing|today['’]s|present)\b")
OWNER_AFTER = re.compile(
    r"\s+(?:for|with|from|by|of|under)\s+(?:the\s+)?"
    r"(new|current|old|existing|today['’]s|present)\b"
)
OWN_DAYS = {m: {GOOD_DAYS[m], DAYS - GOOD_DAYS[m]} for m in GOOD_DAYS}


def _sentences(report):
    return re.split(r"(?<=[.!?;])\s+", " ".join(report.split()).lower())


def _as_written(count, exact):
    """A number of pickers stands for `exact` pickers if it is that number rounded as
    written, or rounded up (a rota plans whole people)."""
    decimals = len(count.split(".")[1]) if "." in count else 0
    value = float(count)
    return abs(value - exact) <= 0.5 * 10**-decimals + 1e-9 or value == math.ceil(exact)


TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
RULE_ROW = re.compile(r"^[\s|:-]+$")


def _tables(report):
    """The report without its tables, and each table as its rows of cells (in lower case):
    a table's figure belongs to the forecast its column's heading names, not to the last
    forecast named in the text before it."""
    text, tables, rows = [], [], []
    for line in [*report.splitlines(), ""]:
        if TABLE_ROW.match(line):
            if not RULE_ROW.match(line):
                rows.append([cell.strip().lower() for cell in line.strip().strip("|").split("|")])
            text.append("")
            continue
        if rows:
            tables.append(rows)
            rows = []
        text.append(line)
    return "\n".join(text), tables


def _where(title, cell):
    """Whether a cell's forecast comes from its column's heading (or itself) or its row."""
    return "column" if MODEL_NAMED.search(title) or MODEL_NAMED.search(cell) else "row"


def _table_owners(tables):
    """A figure in a column headed by one forecast that is only the other forecast's."""
    owners = []
    for heading, *rows in tables:
        for row in rows:
            for cell, title in zip(row, heading, strict=False):
                # the column's forecast, the cell's own, or the row's ("| new | 1,150 |")
                named = (MODEL_NAMED.findall(title) or MODEL_NAMED.findall(cell)
                         or MODEL_NAMED.findall(row[0]))
                if not named:
                    continue
                model = "new" if named[-1] == "new" else "current"
                other = "current" if model == "new" else "new"
                for match in PARCELS.finditer(cell):
                    if float(match.group(1).replace(",", "")) in OWN_PARCELS[other]:
                        owners.append(
                            f"“{cell}” in the {model} forecast's {_where(title, cell)} is a "
                            f"figure of the {other} one"
                        )
                for match in DAY_COUNT.finditer(cell):
                    if int(match.group(1)) in OWN_DAYS[other] - OWN_DAYS[model]:
                        owners.append(
                            f"“{cell}” in the {model} forecast's {_where(title, cell)} is a "
                            f"count of days of the {other} one"
                        )
    return owners


# Pickers and shares given to a forecast: "about 4 pickers for the new forecast and 3 for
# the current one" or "89% of days for the current one" names both forecasts in one
# sentence, so either's figure passes the numbers line. A figure belongs to the forecast
# its clause names, or that is named right after it, or that opens its line ("New: 4").
MODEL_KEYS = {
    m: [k for k in FACTS if k.endswith((f"_{m}", f"_{m}_pickers", f"_{m}_share"))]
    for m in MAE
}
OWN_PICKERS = {
    m: [FACTS[k].value for k in MODEL_KEYS[m] if k.endswith("_pickers")] for m in MAE
}
OWN_SHARES = {
    m: [FACTS[k].value for k in MODEL_KEYS[m] if k.endswith("_share")] for m in MAE
}
# Figures of neither forecast alone (a gain, the 2,000-parcel mark): never a swap.
NEUTRAL_PICKERS = [FACTS[k].value for k in ("threshold_pickers", "pickers_per_day",
                                             "mae_gain_pickers")]
NEUTRAL_SHARES = [FACTS["mae_gain_relative"].value]
SHARE_SAID = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|percent|per\s?cent)")
CLAUSE = re.compile(
    r",(?!\d{3})|[;:()]|\s(?:and|while|whereas|but|against|versus|vs\.?|compared)\s"
)
OPENS_WITH_MODEL = re.compile(
    r"^\W*(?:the\s+)?(new|current|old|existing|today['’]s|present)\b[^:.]{0,30}:"
)


def _owner(sentence, start, end):
    """The forecast a figure at `start`..`end` of a sentence is given to, or None."""
    after = OWNER_AFTER.match(sentence, end)
    if after:
        return "new" if after.group(1) == "new" else "current"
    low = max([0, *(m.end() for m in CLAUSE.finditer(sentence, 0, start))])
    found = CLAUSE.search(sentence, end)
    named = {m.group(1) == "new" for m in MODEL_NAMED.finditer(sentence, low, found.start()
                                                                if found else len(sentence))}
    if not named and (opens := OPENS_WITH_MODEL.match(sentence)):
        named = {opens.group(1) == "new"}
    if len(named) != 1:
        return None
    return "new" if named.pop() else "current"


def _rounds_to(said, value, scale=1.0):
    """Whether `said` (as written) is `value` times `scale`, rounded as written or up."""
    decimals = len(said.split(".")[1]) if "." in said else 0
    exact = value * scale
    return abs(float(said) - exact) <= 0.5 * 10**-decimals + 1e-9 or (
        scale == 1.0 and float(said) == math.ceil(exact))


def _swapped_figures(sentence):
    """Pickers and shares said of one forecast that are only the other's."""
    found = []
    for pattern, own, neutral, scale, what in (
        (PICKER_COUNT, OWN_PICKERS, NEUTRAL_PICKERS, 1.0, "count of pickers"),
        (SHARE_SAID, OWN_SHARES, NEUTRAL_SHARES, 100.0, "share"),
    ):
        for match in pattern.finditer(sentence):
            said = match.group(1)
            if re.search(r"\b(?:from|than|instead\s+of|down\s+to)\s+(?:about\s+)?$",
                         sentence[: match.start()]):
                continue  # "cuts the miss from 4 pickers to 3": the other one's, said so
            model = _owner(sentence, match.start(), match.end())
            if model is None:
                continue
            other = "current" if model == "new" else "new"
            if any(_rounds_to(said, v, scale) for v in own[model] + neutral):
                continue
            if any(_rounds_to(said, v, scale) for v in own[other]):
                found.append(f"“{match.group(0)}” gives the {model} forecast a {what} "
                             f"of the {other} one")
    return found


# Which days a figure of parcels is for: an ordinary day (the average error), the days
# around holidays, or the worst day. A sentence naming two of them lets their figures
# change places ("off by 1,150 on holidays and 4,100 on normal days").
DAYS_OF = {
    "ordinary": (re.compile(r"normal|typical|ordinary|usual|regular|everyday|most\s+days"),
                 set(MAE.values()), "the average error on an ordinary day"),
    "holiday": (re.compile(r"holiday"), set(HOLIDAY_MAE.values()),
                "the average error on the 4 days around public holidays"),
    "worst": (re.compile(r"worst|largest|biggest|single|tuesday|easter"), set(WORST.values()),
              "the largest under-forecast, the Tuesday after Easter Monday"),
}
CLAUSE = re.compile(r",(?!\d{3})|;|:|\(|\)|\s(?:and|while|whereas|but|against|versus|vs\.?)\s")


def _days_swapped(sentence):
    """Parcels said of one kind of day that are another kind's figure."""
    found = []
    for match in PARCELS.finditer(sentence):
        if re.search(r"\b(?:from|than)\s+(?:about\s+)?$", sentence[: match.start()]):
            continue  # "jumps from 1,150 to 4,100": the other one's, said so
        low = max([0, *(m.end() for m in CLAUSE.finditer(sentence, 0, match.start()))])
        end = CLAUSE.search(sentence, match.end())
        clause = sentence[low : end.start() if end else len(sentence)]
        said = [k for k, (words, _, _) in DAYS_OF.items() if words.search(clause)]
        if said == ["holiday", "worst"] and re.search(r"easter|tuesday", clause):
            said = ["worst"]  # Easter is a holiday, but the Tuesday after it is the worst day
        if len(said) != 1:
            continue
        value = float(match.group(1).replace(",", ""))
        whose = [k for k, (_, values, _) in DAYS_OF.items() if value in values]
        if whose and said[0] not in whose:
            found.append(f"“{clause.strip()}”: {match.group(1)} is {DAYS_OF[whose[0]][2]}, "
                         f"not {DAYS_OF[said[0]][2]}")
    return found


def check(report):
    """Pickers are the parcels they follow, over 400 a picker; and a forecast's figures
    are given to that forecast (in a table, the forecast its column is headed by)."""
    prose, tables = _tables(report)
    pickers, owners, days = [], _table_owners(tables), []
    for sentence in _sentences(prose):
        parcels = [(m.end(), m.group(1)) for m in PARCELS.finditer(sentence)]
        for match in PICKER_COUNT.finditer(sentence):
            before = [(end, p) for end, p in parcels if end <= match.start()]
            if not before:
                continue
            end, figure = before[-1]
            if float(figure.replace(",", "")) == PICKER:  # "a picker handles 400": the rate
                continue
            between = sentence[end : match.start()]
            if len(between) > 60 or ASIDE.search(between):
                continue
            exact = float(figure.replace(",", "")) / PICKER
            if not _as_written(match.group(1), exact):
                pickers.append(f"“{figure}{between}{match.group(0)}”")
        for pattern in (AFTER, BEFORE):
            for match in pattern.finditer(sentence):
                model = "new" if match["model"] == "new" else "current"
                other = "current" if model == "new" else "new"
                figure = float(match["figure"].replace(",", ""))
                if figure in OWN_PARCELS[other]:
                    owners.append(
                        f"“{match.group(0)}” gives the {model} forecast a figure of the {other} one"
                    )
        owners += _swapped_figures(sentence)
        days += _days_swapped(sentence)
        for match in DAY_COUNT.finditer(sentence):
            # "44 days, compared with 50 days for the new one": a forecast named right
            # after the count is its own; else the last one named before it.
            after = OWNER_AFTER.match(sentence, match.end())
            named = list(MODEL_NAMED.finditer(sentence, 0, match.start()))
            if not named and not after:
                continue
            model = "new" if (after or named[-1]).group(1) == "new" else "current"
            other = "current" if model == "new" else "new"
            if int(match.group(1)) in OWN_DAYS[other]:
                owners.append(
                    f"“{match.group(0)}” gives the {model} forecast a count of "
                    f"days of the {other} one"
                )
    text = " ".join(report.split()).lower()
    swapped = [m.group(0) for p in SWAPPED_DAYS for m in p.finditer(text)]
    return {
        "the days within 2,000 parcels and the days further off, the right way round": (
            f"“{swapped[0]}”: count again which days were within 2,000 parcels and which "
            "were further off"
            if swapped
            else None
        ),
        "each count of pickers is the parcels it stands for": (
            f"{'; '.join(pickers[:3])}: one picker handles {PICKER} parcels a day, so "
            "divide the parcels by that"
            if pickers
            else None
        ),
        "each figure belongs to the days it is said of (ordinary, holidays, the worst day)": (
            "; ".join(days[:3]) + ": read the table's rows again" if days else None
        ),
        "each figure belongs to the forecast it is given to": (
            "; ".join(owners[:3]) + ": read the table's columns again" if owners else None
        ),
    }
