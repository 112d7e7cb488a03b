"""The results the report's numbers are checked against, computed from the table, each
with the words that say what it is: a recall next to the frauds caught, a precision next
to the flags, a count next to what it counts. `check` adds what words cannot pin down:
that a figure of one model is not given to the other."""

import re

from mldojo.grading.casekit import Fact

TOTAL, FRAUD = 2000, 100
FLAGGED = {"a": 100, "b": 150}
CAUGHT = {"a": 62, "b": 71}
FALSE_ALARMS = {m: FLAGGED[m] - CAUGHT[m] for m in FLAGGED}
INTERVAL_LOW, INTERVAL_HIGH = 0.01, 0.17

RECALL = r"recall|caught|catch|found|finds|detect|stops?|fraud"
PRECISION = r"precision|flags?\b|flagged|alerts?|hit rate|real fraud|actually fraud|genuine"
MISSED = r"miss|slip|undetected|uncaught|through|escape"
ALARMS = r"false|legitimate|alarm|innocent|wrong|genuine customers"
FLAGS = r"flag|review|cases|alert|transactions|send"
CHANGE = r"more|extra|additional|fewer|less|gain|rise|up\b|drop|fall|lower|higher|points"
INTERVAL = r"interval|\bci\b|between|from|as (low|little|small|high|many|much)|range|\bto\b"
RATE = r"per\b|for every|each|ratio|to catch|for one"

FACTS = {
    "transactions": Fact(TOTAL, r"transactions|test|cases|payments"),
    "frauds": Fact(FRAUD, r"fraud|transactions|test|in\s+\d+|per\b|every"),
    **{f"flagged_{m}": Fact(FLAGGED[m], FLAGS) for m in FLAGGED},
    **{f"caught_{m}": Fact(CAUGHT[m], RECALL + "|" + FLAGS) for m in CAUGHT},
    **{f"recall_{m}": Fact(CAUGHT[m] / FRAUD, RECALL) for m in CAUGHT},
    **{f"precision_{m}": Fact(CAUGHT[m] / FLAGGED[m], PRECISION) for m in CAUGHT},
    **{f"missed_{m}": Fact(FRAUD - CAUGHT[m], MISSED) for m in CAUGHT},
    **{f"false_alarms_{m}": Fact(FALSE_ALARMS[m], ALARMS) for m in CAUGHT},
    **{
        f"false_alarm_share_{m}": Fact(FALSE_ALARMS[m] / FLAGGED[m], (ALARMS, PRECISION))
        for m in CAUGHT
    },
    **{
        f"flag_rate_{m}": Fact(FLAGGED[m] / TOTAL, (FLAGS, r"%|percent|share|of all|traffic"))
        for m in CAUGHT
    },
    "recall_gain": Fact((CAUGHT["b"] - CAUGHT["a"]) / FRAUD, (RECALL, CHANGE)),
    "extra_caught": Fact(CAUGHT["b"] - CAUGHT["a"], (RECALL + "|" + MISSED, CHANGE)),
    "extra_flags": Fact(FLAGGED["b"] - FLAGGED["a"], (FLAGS, CHANGE)),
    "extra_false_alarms": Fact(FALSE_ALARMS["b"] - FALSE_ALARMS["a"], (ALARMS, CHANGE)),
    "precision_drop": Fact(
        CAUGHT["a"] / FLAGGED["a"] - CAUGHT["b"] / FLAGGED["b"], (PRECISION, CHANGE)
    ),
    "relative_recall_gain": Fact(CAUGHT["b"] / CAUGHT["a"] - 1, (RECALL, r"relative|%|percent")),
    "relative_flag_increase": Fact(
        FLAGGED["b"] / FLAGGED["a"] - 1, (FLAGS, r"relative|%|percent|more")
    ),
    "false_alarms_per_extra_catch": Fact(
        (FALSE_ALARMS["b"] - FALSE_ALARMS["a"]) / (CAUGHT["b"] - CAUGHT["a"]), (ALARMS, RATE)
    ),
    "reviews_per_extra_catch": Fact(
        (FLAGGED["b"] - FLAGGED["a"]) / (CAUGHT["b"] - CAUGHT["a"]), (FLAGS, RATE)
    ),
    "interval_level": Fact(0.95, r"interval|\bci\b|confiden|range"),
    "interval_low": Fact(INTERVAL_LOW, INTERVAL),
    "interval_high": Fact(INTERVAL_HIGH, INTERVAL),
}
STATEMENT_NUMBERS = False  # every number a report may state is above, with its words

# Figures of one model only, as a report writes them (a count or a percentage).
OWN = {
    "a": {CAUGHT["a"], FALSE_ALARMS["a"]},  # 62: caught, recall, precision; 38: alarms, missed
    "b": {
        CAUGHT["b"],
        FALSE_ALARMS["b"],
        FRAUD - CAUGHT["b"],
        FLAGGED["b"],
        round(100 * CAUGHT["b"] / FLAGGED["b"]),
    },
}
CONTRAST = (
    r"(?!against\b|versus\b|vs\b|than\b|while\b|whereas\b|but\b|and\b|where\b"
    r"|instead\b|from\b|to\b|compared\b|comparing\b|relative\b|beside\b|next\b)"
)
# "model A", "A's" or "B": a bare "A" may be the article ("A recall of 71%").
MODEL = r"(?:\bmodel\s+(?P<m1>[AB])\b|\b(?P<m2>[AB])['’]s\b|\b(?P<m3>B)\b)"
AFTER = re.compile(  # "B's recall is 47%", "model A caught 71"
    rf"{MODEL}(?:\s+{CONTRAST}[a-z]+){{0,4}}"
    r"\s+(?P<figure>\d+(?:\.\d+)?)\s*(?P<pct>%|percent)?"
)
BEFORE = re.compile(  # "62 for A", "71% for model B"
    r"(?P<figure>\d+(?:\.\d+)?)\s*(?P<pct>%|percent)?(?:\s+(?:frauds?|flags?|false\s+alarms))?"
    r"\s+(?:for|by|from|with|of)\s+(?:model\s+)?(?P<model>[AB])\b"
)

# A count said with the verb that says what it counts: "B sends 150", "A stops 62". Here a
# bare "A" is a model, not the article, since a verb follows it.
VERB_COUNT = re.compile(
    r"(?:\bmodel\s+(?P<m1>[AB])|\b(?P<m2>[AB]))(?:\s+(?:only|just|now|still|also))?"
    r"\s+(?P<verb>sends|sent|flags|flagged|raises|raised|routes|routed|stops|stopped|catches"
    r"|caught|finds|found|detects|detected)\s+(?:only\s+|just\s+)?(?P<figure>\d+)\b"
    r"(?![.,]\d|\s*(?:%|percent|more|extra|additional|fewer|out\b|in\s+every|per\b))"
    r"(?!\s+(?:legitimate|false|innocent|genuine|good|wrong|customers))"
)
FLAG_VERBS = {"sends", "sent", "flags", "flagged", "raises", "raised", "routes", "routed"}

# A pair of figures without a model ("a recall of 62% against 71%") after a sentence has
# set the models' order ("B caught 71 ... against 62 for A"): the pair keeps that order,
# unless a model is named between the two.
MENTION = (
    r"(?:\b[Mm]odel\s+[AB]\b|\b[AB]['’]s\b|\bB\b|(?:\bfor|\bby|\bof|\bwith)\s+A\b"
    r"|\bA\s+(?:only\s+|just\s+|now\s+|still\s+|also\s+)?(?:sends|sent|flags|flagged|raises"
    r"|raised|routes|routed|stops|stopped|catches|caught|finds|found|detects|detected|has|had"
    r"|gets|got|scores|scored)\b)"
)
ORDER = re.compile(
    rf"(?P<first>{MENTION})[^.!?]{{0,80}}?\b(?:against|versus|vs\.?|compared\s+with|while"
    rf"|whereas)\b[^.!?]{{0,40}}?(?P<second>{MENTION})"
)
FIGURE = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}pct>%|percent)?"
ATTRIBUTED = r"\s*(?:%|percent)?\s*(?:for|by|of|from|with)\s+(?:model\s+)?[AB]\b"
PAIR = re.compile(
    rf"(?<![\w.]){FIGURE.format('f1')}(?!{ATTRIBUTED})"
    r"(?:\s+(?:frauds?|flags?|false\s+alarms|transactions|cases|reviews))?"
    rf"\s+(?:against|versus|vs\.?|compared\s+with)\s+{FIGURE.format('f2')}(?!\d|\.\d|{ATTRIBUTED})"
)


def _model_of(mention):
    """The model a MENTION names."""
    return "b" if re.search(r"\bB\b|B['’]s", mention) else "a"


def _own_figure(figure, pct):
    """A figure as OWN holds it: a count, or a share in percent."""
    value = _percent(figure, pct)[0] if pct or "." in figure else float(figure)
    return round(value) if abs(value - round(value)) < 1e-9 else value


def _ordered_pairs(text):
    """Problems with pairs of figures whose models only their sentence's order gives."""
    problems = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for order in ORDER.finditer(sentence):
            first, second = _model_of(order["first"]), _model_of(order["second"])
            if first == second:
                continue
            for pair in PAIR.finditer(sentence, order.end()):
                if re.search(MENTION, sentence[order.end() : pair.start()]):
                    break  # a model named in between: the order may have changed
                wrong = [
                    f"{model.upper()} a figure of {other.upper()}"
                    for figure, model, other in (("f1", first, second), ("f2", second, first))
                    if (value := _own_figure(pair[figure], pair[figure + "pct"])) in OWN[other]
                    and value not in OWN[model]
                ]
                if wrong:
                    problems.append(
                        f"“{pair.group(0)}”, in the order of “{order['first']} … "
                        f"{order['second']}”, gives {' and '.join(wrong)}"
                    )
    return problems


# What a recall or a precision can be, in percent: either model's, the change, and (for
# the recall gain) the interval. "B has a recall of 47%" is a precision.
METRIC = {
    "recall": [100 * CAUGHT[m] / FRAUD for m in CAUGHT]
    + [
        100 * (CAUGHT["b"] - CAUGHT["a"]) / FRAUD,
        100 * INTERVAL_LOW,
        100 * INTERVAL_HIGH,
        95,
        100 * (CAUGHT["b"] / CAUGHT["a"] - 1),
    ],
    "precision": [100 * CAUGHT[m] / FLAGGED[m] for m in CAUGHT]
    + [100 * (CAUGHT["a"] / FLAGGED["a"] - CAUGHT["b"] / FLAGGED["b"])],
}
SEPARATOR = r"[\s,:=(]+"
METRIC_FIGURE = re.compile(  # "recall of 47%", "precision: 0.71"
    rf"\b(?P<metric>recall|precision)(?:{SEPARATOR}{CONTRAST}(?!recall|precision)[a-z']+){{0,5}}"
    rf"{SEPARATOR}(?P<figure>\d+(?:\.\d+)?)\s*(?P<pct>%|percent)?",
    re.IGNORECASE,
)


def _percent(figure, pct):
    """A figure as a percentage, with the step it is rounded to."""
    value = float(figure)
    decimals = len(figure.split(".")[1]) if "." in figure else 0
    if pct or value > 1:
        return value, 0.5 * 10**-decimals
    return 100 * value, 50 * 10**-decimals


# What a recommendation does: say which model to run, or how to try B first ("decide
# whether to switch" leaves the choice to the reader and says nothing).
B_MODEL = r"(?:(?:model\s+)?b\b|(?:the\s+)?new\s+(?:model|one))"
A_MODEL = r"(?:(?:model\s+)?a\b|(?:the\s+)?(?:current|existing|old)\s+(?:model|one))"
ACTION = re.compile(
    r"(?<!whether\sto\s)(?<!whether\sor\snot\sto\s)(?<!if\sto\s)\b("
    rf"(?:switch\w*|mov\w*|chang\w*)\s+(?:over\s+)?to\s+{B_MODEL}"
    rf"|(?:adopt\w*|deploy\w*|roll\w*\s+out|launch\w*|go\s+(?:with|for)|choose|pick|use|run\w*"
    rf"|test\w*|tr(?:y|ial)\w*|recommend\w*|hold\w*\s+off\s+(?:on|with))\s+{B_MODEL}"
    rf"|(?:keep\w*|stay\w*\s+(?:with|on)|stick\w*\s+with|retain\w*|go\s+(?:with|for)|choose|pick"
    rf"|recommend\w*|continu\w*\s+(?:with|on|using))\s+{A_MODEL}"
    rf"|replac\w*\s+{A_MODEL}|pilot\w*|shadow\w*|canary|a/b\s+test\w*"
    rf"|(?:go\w*\s+ahead|proceed\w*|press\w*\s+on|mov\w*\s+(?:ahead|forward))\s+with\s+{B_MODEL}"
    rf"|(?:introduc\w*|bring\w*\s+in|put\w*)\s+{B_MODEL}\s+(?:in|into|live|on)\b"
    rf"|hold\w*\s+on\s+to\s+{A_MODEL}"
    r"|(?:do\s+not|don't|should\s+not|shouldn't|would\s+not|wouldn't)\s+(?:yet\s+)?"
    r"(?:switch|move|change)\w*"
    r"|(?:start\w*|begin\w*|beginning)\s+(?:with|on)\s+(?:a|one|some)\s+(?:small\s+)?"
    r"(?:portion|part|share|fraction|slice|subset|percentage|sample)\s+of\s+(?:the\s+)?"
    r"(?:live\s+)?(?:traffic|transactions)"
    r"|(?:run|test)\w*\s+(?:both|the\s+two)\s+(?:models\s+)?(?:side\s+by\s+side|in\s+parallel)"
    r")",
    re.IGNORECASE,
)
SECTION = re.compile(
    r"^#{1,6}\s+[^\n]*recommendation[^\n]*\n(?P<body>.*?)(?=^#{1,6}\s|\Z)",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)


def _recommends(report):
    """None when the Recommendation section says what to do, else what is missing."""
    sections = [m["body"] for m in SECTION.finditer(report)]
    if not sections or any(ACTION.search(body) for body in sections):
        return None  # a missing section is the section line's to report
    return (
        "the recommendation does not say what to do: switch to B, keep A, or try B on "
        "part of the traffic first"
    )


def check(report):
    """A figure of one model is not given to the other ("B's recall is 62%" is A's), and
    a recall is not a precision; and the recommendation says what to do."""
    problems = []
    text = " ".join(report.split())
    for match in METRIC_FIGURE.finditer(text):
        value, step = _percent(match["figure"], match["pct"])
        if not any(abs(value - known) <= step + 1e-9 for known in METRIC[match["metric"].lower()]):
            problems.append(
                f"“{match.group(0)}” is not a {match['metric'].lower()} of either model"
            )
    for pattern in (AFTER, BEFORE):
        for match in pattern.finditer(text):
            named = match.groupdict()
            model = (
                named.get("model") or named.get("m1") or named.get("m2") or named.get("m3")
            ).lower()
            other = "a" if model == "b" else "b"
            figure = float(match["figure"])
            if figure in OWN[other] and figure not in OWN[model]:
                problems.append(
                    f"“{match.group(0)}” gives {model.upper()} a figure of {other.upper()}"
                )
    problems += _ordered_pairs(text)
    for match in VERB_COUNT.finditer(text):
        model = (match["m1"] or match["m2"]).lower()
        flags = match["verb"] in FLAG_VERBS
        right = (FLAGGED if flags else CAUGHT)[model]
        if int(match["figure"]) != right:
            problems.append(
                f"“{match.group(0)}” is not the number of "
                f"{'transactions' if flags else 'frauds'} {model.upper()} "
                f"{'flags' if flags else 'catches'}"
            )
    return {
        "each figure belongs to the model and the measure it is given to": (
            "; ".join(problems[:3]) + ": read the table again (recall: frauds caught over all "
            "frauds; precision: frauds caught over flags)"
            if problems
            else None
        ),
        "the recommendation says what to do": _recommends(report),
    }
