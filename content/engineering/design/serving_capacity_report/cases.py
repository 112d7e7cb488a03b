"""The results the capacity report's numbers are checked against, computed from the load
test, each with the words that say what it is: a number of replicas counts next to
replicas or zones, a latency next to the percentile it is, a cost next to its period.
`check` adds what a sentence's words cannot pin down: which zone arithmetic a count is."""

import math
import re
from dataclasses import replace

from mldojo.grading.casekit import Fact

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
        text = " ".join(paragraph.split())
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
    costs = _cost_fleets(report)
    rows = _latency_rows(report)
    return {
        "each latency is the one measured at the load it is said with": (
            "; ".join(rows[:3]) + ": read that load's row of the load test" if rows else None),
        "the zone arithmetic holds (replicas in each zone, zones left)":
            "; ".join(problems) or None,
        "each cost is the cost of the fleet it is said with":
            "; ".join(costs[:3]) + ": multiply that fleet's replicas by the price"
            if costs else None,
    }
