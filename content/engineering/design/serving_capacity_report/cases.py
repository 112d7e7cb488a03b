"""The results the capacity report's numbers are checked against, computed from the load
test, each with the words that say what it is: a number of replicas counts next to
replicas or zones, a latency next to the percentile it is, a cost next to its period.
`check` adds what a sentence's words cannot pin down: which zone arithmetic a count is."""

import math
import re
from dataclasses import replace

from mldojo.grading.casekit import Fact
from mldojo.grading.written import sentence_spans, table_rows

LOAD_TEST = [  # offered load, p50 ms, p99 ms, error rate
    (50, 21, 38, 0.0), (100, 23, 45, 0.0), (150, 26, 61, 0.0),
    (200, 31, 88, 0.0), (250, 44, 190, 0.004), (300, 120, 900, 0.06),
]
P99_TARGET_MS, MAX_ERRORS = 100, 0.001
PEAKS = {"today": 3000, "year": 4500}
ZONES = 3
PRICE_PER_HOUR, HOURS_PER_MONTH = 1.20, 730
STEP_MINUTES = 10

CAPACITY = max(load for load, _, p99, errors in LOAD_TEST
               if p99 < P99_TARGET_MS and errors < MAX_ERRORS)

LOAD = r"req|rps|/s|per second|load|traffic|peak|capacity|replica"
REPLICAS = r"replicas?|instances|servers|pods|machines|fleet"
ZONE = r"zones?"
# A count in each zone is said as one: "8 per zone", "each zone needs 8".
EACH_ZONE = (r"\b(per|each|every|a|one)\s+zone\b|\bzones?\s+(each|needs?|gets?|has|runs?|holds?)\b"
             r"|\bin\s+each\b|\bzone\s+by\s+zone")
ZONE_DOWN = (r"zones?\b.{0,20}\b(down|lost|out|fail|outage)|zone (loss|failure)"
             r"|los(e|es|ing|t) (a|one|1) zone|remaining|surviv|\bleft\b|(2|two) zones")
TOTAL = r"replicas?|instances|servers|pods|machines|fleet|total|overall|in all"
P50 = r"p50|median|mean|average|typical"
P99 = r"p99|99th|tail"
ERRORS = r"errors?|fail"
MONEY = r"\$|cost|budget|spend|pay"
UTILISATION = r"%|percent|busy|utili[sz]|load(ed)?|capacity|headroom"

FACTS = {
    **{f"load_{load}": Fact(load, LOAD, what=f"a load of {load} requests/s")
       for load, _, _, _ in LOAD_TEST},
    **{f"p50_at_{load}": Fact(p50, P50, what=f"the p50 at {load} requests/s")
       for load, p50, _, _ in LOAD_TEST},
    **{f"p99_at_{load}": Fact(p99, P99, what=f"the p99 at {load} requests/s")
       for load, _, p99, _ in LOAD_TEST},
    **{f"errors_at_{load}": Fact(errors, ERRORS, what=f"the errors at {load} requests/s")
       for load, _, _, errors in LOAD_TEST},
    "p99_target": Fact(P99_TARGET_MS, r"ms|target|p99|latency|under"),
    "error_target": Fact(MAX_ERRORS, ERRORS),
    "step_minutes": Fact(STEP_MINUTES, r"minutes?|step"),
    "zones": Fact(ZONES, ZONE),
    "zone_down": Fact(1, ZONE),
    "zones_left": Fact(ZONES - 1, ZONE),
    "price_per_hour": Fact(PRICE_PER_HOUR, (MONEY, r"hour")),
    "hours_per_month": Fact(HOURS_PER_MONTH, r"hours"),
    "cost_per_replica_per_month": Fact(PRICE_PER_HOUR * HOURS_PER_MONTH, (MONEY, r"month")),
    "capacity_of_two_zones_share": Fact(CAPACITY * (ZONES - 1), LOAD),
    "p99_headroom_ms": Fact(P99_TARGET_MS - 88, (P99, r"ms|headroom|margin|below|under")),
    "growth": Fact(PEAKS["year"] / PEAKS["today"] - 1, r"grow|more|increase|traffic|forecast"),
    "growth_ratio": Fact(PEAKS["year"] / PEAKS["today"], r"times|×|\dx\b|grow|increase"),
    "growth_load": Fact(PEAKS["year"] - PEAKS["today"], (LOAD, r"grow|more|increase|extra")),
    "months_per_year": Fact(12, r"months"),
}
for when, peak in PEAKS.items():
    all_up = math.ceil(peak / CAPACITY)
    per_zone = math.ceil(all_up / (ZONES - 1))  # two zones must carry the whole peak
    total = per_zone * ZONES
    FACTS.update({
        f"peak_{when}": Fact(peak, LOAD),
        f"replicas_all_zones_up_{when}": Fact(all_up, REPLICAS),
        f"replicas_exact_{when}": Fact(peak / CAPACITY, REPLICAS),
        f"replicas_per_zone_{when}": Fact(per_zone, EACH_ZONE),
        f"replicas_total_{when}": Fact(total, TOTAL),
        f"extra_replicas_for_zone_loss_{when}": Fact(total - all_up, (REPLICAS, ZONE_DOWN)),
        f"replicas_after_zone_loss_{when}": Fact(per_zone * (ZONES - 1), (REPLICAS, ZONE_DOWN)),
        f"utilisation_all_up_{when}": Fact(peak / (total * CAPACITY), UTILISATION),
        f"utilisation_zone_down_{when}": Fact(
            peak / (per_zone * (ZONES - 1) * CAPACITY), (UTILISATION, ZONE_DOWN)),
        f"load_per_replica_all_up_{when}": Fact(peak / total, LOAD),
        f"load_per_replica_zone_down_{when}": Fact(
            peak / (per_zone * (ZONES - 1)), (LOAD, ZONE_DOWN)),
        f"fleet_capacity_{when}": Fact(total * CAPACITY, LOAD),
        f"fleet_capacity_zone_down_{when}": Fact(
            per_zone * (ZONES - 1) * CAPACITY, (LOAD, ZONE_DOWN)),
        f"cost_per_hour_{when}": Fact(total * PRICE_PER_HOUR, (MONEY, r"hour")),
        f"cost_per_month_{when}": Fact(total * PRICE_PER_HOUR * HOURS_PER_MONTH,
                                       (MONEY, r"month")),
        f"cost_per_year_{when}": Fact(total * PRICE_PER_HOUR * HOURS_PER_MONTH * 12,
                                      (MONEY, r"year|annual")),
    })
PER_ZONE = {FACTS[f"replicas_per_zone_{when}"].value for when in PEAKS}
FACTS["extra_replicas_for_growth"] = Fact(
    FACTS["replicas_total_year"].value - FACTS["replicas_total_today"].value,
    (REPLICAS, r"more|extra|additional|add|grow"))
FACTS["extra_cost_per_month_for_growth"] = Fact(
    FACTS["cost_per_month_year"].value - FACTS["cost_per_month_today"].value,
    (MONEY, r"month"))
# Proportions may be written as percentages; every other result is never one.
SHARES = {"error_target", "growth",
          *(key for key in FACTS if key.startswith(("errors_at_", "utilisation_")))}
FACTS = {key: fact if key in SHARES else replace(fact, as_percent=False)
         for key, fact in FACTS.items()}
STATEMENT_NUMBERS = False  # every number a report may state is above, with its words

# "8 per zone", "8 replicas in each zone", "each zone needs 8"; "the other 2", "2 remaining zones"
IN_EACH_ZONE = re.compile(
    r"\b(\d+)\s+(?:replicas?\s+)?(?:per|in each|in every|for each|each|a)\s+zone\b"
    r"|\b(?:each|every|per)\s+zone\s+(?:needs|gets|has|runs|holds|carries|must have)\s+(\d+)\b",
    re.IGNORECASE,
)
ZONES_LEFT = re.compile(
    r"\b(?:other|remaining|surviving)\s+(\d+)\b|\b(\d+)\s+(?:other|remaining|surviving)\s+zones\b",
    re.IGNORECASE,
)

# Which fleet a cost is for: the last words before it, in its paragraph, that name one
# (today's 24 replicas, 8 a zone, 3,000 requests/s; or the year's 36, 12 a zone, 4,500).
def _fleet_words(when):
    per_zone = int(FACTS[f"replicas_per_zone_{when}"].value)
    total = int(FACTS[f"replicas_total_{when}"].value)
    peak = PEAKS[when]
    peak_words = rf"{peak // 1000},?{peak % 1000:03d}"
    said = (rf"\b{total}\s+(?:replicas|instances|servers|pods|machines"
            r"|in\s+(?:all|total)|overall)\b"
            rf"|\b{per_zone}\s+(?:replicas\s+)?(?:per|in\s+each|in\s+every|each|a)\s+zone\b"
            rf"|\beach\s+zone\s+needs\s+{per_zone}\b|\b{peak_words}\b")
    if when == "today":
        return said + r"|\btoday\b|\bnow\b|\bcurrent(ly)?\b"
    return said + (r"|next\s+year|in\s+a\s+year|within\s+a\s+year|forecast"
                   r"|\b(rise|rises|grow|grows|go\s+up|goes\s+up|increase|increases)\s+to\b")


FLEET_WORDS = re.compile("|".join(f"(?P<{when}>{_fleet_words(when)})" for when in PEAKS),
                         re.IGNORECASE)
COSTS = {
    when: {round(FACTS[f"cost_per_{period}_{when}"].value, 2)
           for period in ("hour", "month", "year")}
    for when in PEAKS
}
MONEY_FIGURE = re.compile(r"\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)")


def _cost_fleets(report):
    """Each cost of one fleet said after the words of the other, in the same paragraph."""
    problems = []
    for paragraph in re.split(r"\n\s*\n", report):
        # A table's columns say whose each cost is (`_swapped_counts`), not the words before.
        prose = [line for line in paragraph.splitlines() if not line.strip().startswith("|")]
        text = " ".join(" ".join(prose).split())
        for money in MONEY_FIGURE.finditer(text):
            value = round(float(money.group(1).replace(",", "")), 2)
            owner = [when for when in PEAKS if value in COSTS[when]]
            if len(owner) != 1:
                continue
            last, end = None, 0
            for words in FLEET_WORDS.finditer(text, 0, money.start()):
                last, end = ("today" if words.group("today") else "year"), words.end()
            if MONEY_FIGURE.search(text, end, money.start()):
                continue  # the words went with an earlier cost ("from $21,024 to $31,536")
            if last is not None and last != owner[0]:
                problems.append(f"“{money.group(0)}” is said of the fleet for "
                                f"{'today' if last == 'today' else 'the year ahead'}, but it is "
                                "not what that fleet costs")
    return problems


# A latency said with a load is that load's: "at 200 requests/s the p99 is 88 ms" (its p50
# or p99, or the 100 ms target), not a figure from another row of the load test.
LOAD_SAID = re.compile(r"\b(\d{2,3})\s*(?:requests|req|rps|queries|qps|calls|r/s|/s)",
                       re.IGNORECASE)
LATENCY_SAID = re.compile(r"\b(\d{1,4})\s*ms\b", re.IGNORECASE)
ROW_LATENCIES = {load: {p50, p99} for load, p50, p99, _ in LOAD_TEST}
ANY_LATENCY = {P99_TARGET_MS, P99_TARGET_MS - 88}  # the target, and the headroom under it


def _latency_rows(report):
    """Each latency said with a tested load that is in the row of no load its sentence
    names."""
    problems = []
    for sentence in re.split(r"(?<=[.!?;])\s+", " ".join(report.split())):
        loads = [(m.start(), int(m.group(1))) for m in LOAD_SAID.finditer(sentence)
                 if int(m.group(1)) in ROW_LATENCIES]
        if not loads:
            continue
        for match in LATENCY_SAID.finditer(sentence):
            if re.search(r"\bfrom\s+$", sentence[: match.start()]):
                continue  # where a change starts: "jumps from 88 ms to 190 ms"
            load = min(loads, key=lambda said: abs(said[0] - match.start()))[1]  # the nearest
            value = int(match.group(1))
            # With several loads in the sentence, a latency may be any of theirs.
            if not any(value in ROW_LATENCIES[said] for _, said in loads) and (
                    value not in ANY_LATENCY):
                problems.append(f"“{match.group(0)}” is said with {load} requests/s, but it is "
                                "not that load's p50 or p99")
    return problems


# A cost said with its period is that period's: "$28.80 an hour, $21,024 a month", not the
# other way round (a sentence with both words lets either pass for the other).
PERIODS = {
    "hour": {PRICE_PER_HOUR, *(FACTS[f"cost_per_hour_{w}"].value for w in PEAKS)},
    "month": {PRICE_PER_HOUR * HOURS_PER_MONTH, FACTS["extra_cost_per_month_for_growth"].value,
              *(FACTS[f"cost_per_month_{w}"].value for w in PEAKS)},
    "year": {12 * FACTS["extra_cost_per_month_for_growth"].value,
             *(FACTS[f"cost_per_year_{w}"].value for w in PEAKS)},
}
COST_PERIOD = re.compile(
    r"\$\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<k>k|thousand)?\s*"
    r"(?:(?:an?|per|each|every|/|in\s+an?|for\s+an?)\s*(?P<p>hour|month|year)"
    r"|(?P<q>hourly|monthly|yearly|annually))\b", re.IGNORECASE)


def _cost_periods(report):
    """A cost said with a period that is the cost of another period."""
    problems = []
    for match in COST_PERIOD.finditer(" ".join(report.split())):
        value = float(match["n"].replace(",", "")) * (1000 if match["k"] else 1)
        word = (match["p"] or match["q"]).lower()
        period = "year" if word.startswith(("year", "annual")) else word.removesuffix("ly")

        def near(values):
            return any(abs(value - v) <= 0.05 * v for v in values)

        others = [p for p in PERIODS if p != period and near(PERIODS[p])]
        if others and not near(PERIODS[period]):
            problems.append(f"“{match.group(0)}” is a cost per {others[0]}, not per {period}")
    return problems


def check(report):
    """The zone arithmetic: a count of replicas in each zone is one that lets two zones
    carry a peak, and the zones left when one is down are two."""
    text = " ".join(report.split())
    problems = []
    for match in IN_EACH_ZONE.finditer(text):
        count = int(match.group(1) or match.group(2))
        if count not in PER_ZONE:
            problems.append(
                f"“{match.group(0)}”: {count} replicas in each zone do not fit; each zone "
                "needs enough replicas that the other two zones carry the peak on their own"
            )
    for match in ZONES_LEFT.finditer(text):
        left = int(match.group(1) or match.group(2))
        if left != ZONES - 1:
            problems.append(f"“{match.group(0)}”: with one of {ZONES} zones down, "
                            f"{ZONES - 1} are left, not {left}")
    costs = _cost_fleets(report) + _cost_periods(report)
    rows = _latency_rows(report)
    swapped = _swapped_counts(report)
    busy = _busy_states(report)
    return {
        "each count and cost belongs to the fleet it is said with (today's or next year's)": (
            "; ".join(swapped[:3]) + ": today's 3,000 requests/s and next year's 4,500 each "
            "have their own counts" if swapped else None),
        "each utilisation belongs to the state it is said with (every zone up, a zone down)": (
            "; ".join(busy[:3]) + ": divide the peak by what the replicas carry in that state"
            if busy else None),
        "each latency is the one measured at the load it is said with": (
            "; ".join(rows[:3]) + ": read that load's row of the load test" if rows else None),
        "the zone arithmetic holds (replicas in each zone, zones left)":
            "; ".join(problems) or None,
        "each cost is the cost of the fleet it is said with, for the period it is said with":
            "; ".join(costs[:3]) + ": multiply that fleet's replicas by the price (and by "
            "730 hours for a month)"
            if costs else None,
    }


# Which fleet a count of replicas is for. "Today's 3,000 requests/s need 36 replicas, next
# year's 4,500 need 24" names both fleets in one sentence, so each count would pass with
# the words of either: here a count goes with the fleet its clause names, or else the last
# only one its sentence names ("Today: 12 per zone, 36 in all").
WHEN_WORDS = {
    # "12 more replicas than today" is next year's count, said against today's.
    "today": r"(?<!than\s)(?<!over\s)(?:\btoday\b|\bnow\b|\bcurrent(?:ly)?\b|\b3,?000\b)",
    "year": (r"next\s+year|in\s+a\s+year|within\s+a\s+year|the\s+year(?:'s)?\b|forecast|\b4,?500\b"
             r"|\b(?:rise|rises|grow|grows|go\s+up|goes\s+up|increase|increases)\s+to\b"),
}
WHEN = re.compile("|".join(f"(?P<{when}>{words})" for when, words in WHEN_WORDS.items()),
                  re.IGNORECASE)
COUNT_SAID = re.compile(
    r"\b(?P<n>\d+)\s+(?:(?:replicas?|instances|servers|pods|machines)\b(?!\s+between)"
    r"|(?:replicas?\s+)?(?:per|in\s+each|in\s+every|for\s+each|each|a)\s+zone\b"
    r"|in\s+(?:all|total)\b|overall\b)"
    r"|\b(?:each|every|per)\s+zone\s+(?:needs|gets|has|runs|holds|carries|must\s+have)\s+"
    r"(?P<m>\d+)\b",
    re.IGNORECASE,
)
CLAUSE = re.compile(
    r",(?!\d{3})|[;:()]|\s(?:and|while|whereas|but|against|versus|vs\.?|compared)\s", re.IGNORECASE
)
COUNTS = {
    when: {int(FACTS[f"replicas_{kind}_{when}"].value)
           for kind in ("all_zones_up", "per_zone", "total", "after_zone_loss")}
    for when in PEAKS
}
FLEET = {"today": "today's peak of 3,000 requests/s", "year": "next year's 4,500 requests/s"}


def _owner(text, start):
    """The fleet named in the clause around `start`, else the only one its sentence names."""
    bounds = [0, *(m.end() for m in CLAUSE.finditer(text)), len(text)]
    low = max(b for b in bounds if b <= start)
    high = min((m.start() for m in CLAUSE.finditer(text, start)), default=len(text))
    named = {m.lastgroup for m in WHEN.finditer(text, low, high)}
    if not named:  # "Today: 12 per zone": a sentence of one fleet only
        named = {m.lastgroup for m in WHEN.finditer(text)}
    return named.pop() if len(named) == 1 else None


def _swapped_counts(report):
    """Counts and costs of one fleet said of the other: in a sentence, or in a table
    whose columns are the two fleets."""
    problems = []
    for start, end in sentence_spans(report):
        text = " ".join(report[start:end].split())
        if text.startswith("|"):
            continue  # a table row: its columns say whose each cell is (below)
        for match in COUNT_SAID.finditer(text):
            if re.match(r"\s*(more|extra|additional|fewer)\b", text[match.end():]) or re.search(
                    r"\b(more|extra|additional|fewer|from)\s+$", text[: match.start()]):
                continue
            count = int(match["n"] or match["m"])
            when = _owner(text, match.start())
            other = "year" if when == "today" else "today"
            if when and count in COUNTS[other] and count not in COUNTS[when]:
                problems.append(f"“{match.group(0)}” is said of {FLEET[when]}, but it is "
                                f"the count for {FLEET[other]}")
    for cells, header in table_rows(report):
        row = {m.lastgroup for m in WHEN.finditer(cells[0])}  # a row per fleet
        for cell, heading in zip(cells[1:], header[1:], strict=False):
            whens = {m.lastgroup for m in WHEN.finditer(heading)} or set(row)
            if len(whens) != 1:
                continue
            when = whens.pop()
            other = "year" if when == "today" else "today"
            for number in re.findall(r"\d[\d,]*(?:\.\d+)?", cell):
                value = float(number.replace(",", ""))
                owned = COUNTS[when] | COSTS[when] | {PEAKS[when]}
                if value in COUNTS[other] | COSTS[other] | {PEAKS[other]} and value not in owned:
                    where = "row" if row and not WHEN.search(heading) else "column"
                    problems.append(f"“{cells[0]}: {cell}” is in the {where} of "
                                    f"{FLEET[when]}, but it is the figure for {FLEET[other]}")
    return problems


# How busy the fleet is: 62.5% at peak with every zone up, 94% with a zone down (the
# same for both years). A sentence that names both states lets them change places.
BUSY = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*(?:%|percent)", re.IGNORECASE)
BUSY_ALL_UP = 100 * FACTS["utilisation_all_up_today"].value
BUSY_ZONE_DOWN = 100 * FACTS["utilisation_zone_down_today"].value
ALL_UP = re.compile(r"normal|every\s+zone|all\s+(?:three\s+|3\s+)?zones|healthy|all\s+up",
                    re.IGNORECASE)
ZONE_OUT = re.compile(ZONE_DOWN, re.IGNORECASE)


def _busy_states(report):
    """A utilisation said of the other state: 94% on a normal day, 62.5% with a zone down."""
    problems = []
    for start, end in sentence_spans(report):
        text = " ".join(report[start:end].split())
        for match in BUSY.finditer(text):
            if re.search(r"\bfrom\s+$", text[: match.start()]):
                continue  # where a change starts: "rises from 62.5% to 94%"
            low = max([0, *(m.end() for m in CLAUSE.finditer(text, 0, match.start()))])
            found = CLAUSE.search(text, match.end())
            clause = text[low: found.start() if found else len(text)]
            value = float(match["n"])
            down, up = ZONE_OUT.search(clause), ALL_UP.search(clause)
            if down and not up and abs(value - BUSY_ALL_UP) < 1:
                problems.append(f"“{clause.strip()}”: {match.group(0)} is how busy the fleet "
                                "is with every zone up")
            elif up and not down and abs(value - BUSY_ZONE_DOWN) < 1:
                problems.append(f"“{clause.strip()}”: {match.group(0)} is how busy the fleet "
                                "is with a zone down")
    return problems
