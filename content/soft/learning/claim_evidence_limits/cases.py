"""Numbers a summary may compute from the abstract, each with the words that say what it
is (the interval's ends next to "interval", the online lift next to "click-through").
`check` adds that a figure said next to one thing is not another's: 8 architectures and
5 seeds, 2% of traffic and a 0.3% lift."""

import re

from mldojo.grading.casekit import Fact
from mldojo.grading.written import is_joined

EFFECT = r"\bauc|points|lower|gap|effect|worse|cost|gain"
INTERVAL = r"interval|\bci\b|between|from|\bto\b"
IMPRESSIONS = r"billion|impressions|\blogs?\b"

FACTS = {
    "runs": Fact(8 * 5, r"runs|training|experiment|models"),  # 40 trained models
    # "an A/B test of 1 model": only said as that, so "1.0 points ... model size" is not it.
    "online_models": Fact(1, r"(?<![\d.])1\s+(?:\w+\s+)?model\b",
                          what="the one model tested online"),
    "architectures": Fact(8, r"architectures?|models?"),
    "seeds": Fact(5, r"seeds?"),
    "datasets": Fact(2, r"data ?sets?|\blogs?\b"),
    "impressions_small": Fact(1.2, IMPRESSIONS),
    "impressions_large": Fact(3.5, IMPRESSIONS),
    "impressions_total_billion": Fact(1.2 + 3.5, IMPRESSIONS),
    "effect": Fact(0.4, EFFECT, what="the offline effect in AUC points"),
    "interval_level": Fact(0.95, r"interval|\bci\b|confiden"),
    "interval_low": Fact(0.2, INTERVAL),
    "interval_high": Fact(0.6, INTERVAL),
    "ci_width": Fact(0.6 - 0.2, r"interval|width|wide"),
    # The largest architecture's gap, said as that: never as the average effect.
    "largest_gap": Fact(0.9, r"largest|biggest|size|grow|architecture|reach|up to|most"),
    "largest_over_average_gap": Fact(0.9 / 0.4, r"times|twice|ratio|×"),
    "traffic_share": Fact(0.02, r"traffic|users|share|online|a/b"),
    "days": Fact(7, r"\bdays?\b"),
    "ctr_lift": Fact(
        0.003,
        r"click|\bctr\b|online|a/b|increase|lift|rise",
        what="the online lift in click-through rate",
    ),
}
STATEMENT_NUMBERS = False  # every number a summary may state is above, with its words


# A summary says things in sentences: under each heading at least one paragraph or list
# item of this many words, so a list of keywords cannot stand for the reasoning. Words in a
# run of comma-separated keywords ("Claim: authors, paper, AUC, log-loss, stopping, ...")
# are not counted, however long the run: a sentence cut by commas has longer pieces, or
# the small words that tie them together (as `in_sentences` reads them).
SECTIONS = ("claim", "evidence", "limits")
SENTENCE_WORDS = 8
KEYWORD_WORDS = 4  # a piece between commas this short is a keyword
LIST_PIECES = 4  # a sentence cut by commas into at least this many pieces ...
LIST_SHARE = 0.75  # ... more than this share of them keywords, and not joined, is a list


def is_keyword_list(sentence):
    """Whether a sentence is a run of keywords between commas ("Limits: proprietary data,
    one domain, calibration, bids, ...") rather than a sentence: many short pieces and
    hardly a word to join them."""
    pieces = [p for p in re.split(r"[,;|]", sentence) if p.strip()]
    short = sum(len(p.split()) <= KEYWORD_WORDS for p in pieces)
    return (
        len(pieces) >= LIST_PIECES and short > LIST_SHARE * len(pieces) and not is_joined(sentence)
    )


def sentence_words(block):
    """The words of a paragraph or list item, less those of its keyword lists."""
    sentences = re.split(r"(?<=[.!?])\s+", block.strip())
    return sum(len(s.split()) for s in sentences if not is_keyword_list(s))


# The experiment's parts and the online test's two percentages, each given to what it
# counts: a sentence that names both lets either figure pass for the other ("5
# architectures with 8 seeds each", "0.3% of traffic, a 2% rise in click-through").
COUNTED = [  # (a count said before these words, the counts it may be, what it is)
    (r"(?:neural\s+|different\s+|model\s+)?architectures?\b", {8}, "8 architectures"),
    (r"(?:neural\s+|different\s+|trained\s+)?models?\b", {1, 8, 40},
     "8 architectures (40 trained models), and 1 model in the online test"),
    (r"(?:random\s+|different\s+)?seeds?\b", {5}, "5 seeds for each architecture"),
]
COUNT_SAID = [(re.compile(rf"(?<![\d.])(\d+)\s+{words}", re.IGNORECASE), allowed, what)
              for words, allowed, what in COUNTED]
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent|per\s?cent)")
ONLINE = {  # what a percentage of the online test is, by the nearest of these words
    "traffic": (re.compile(r"traffic|users|visitors|exposure|audience", re.IGNORECASE), 2.0,
                "the share of traffic in the test is 2%"),
    "lift": (re.compile(r"click|\bctr\b|lift|\brise|\brose|increase|gain|\bup\b",
                        re.IGNORECASE), 0.3,
             "the rise in click-through rate is 0.3%"),
}
CLAUSE = re.compile(r"[,;:()]|\s(?:and|while|whereas|but|with)\s", re.IGNORECASE)


def _swapped_figures(report):
    """Counts and online percentages given to the wrong thing."""
    problems = []
    text = " ".join(report.split())
    for pattern, allowed, what in COUNT_SAID:
        for match in pattern.finditer(text):
            if int(match.group(1)) not in allowed:
                problems.append(f"“{match.group(0)}”: the experiment has {what}")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for match in PERCENT.finditer(sentence):
            low = max([0, *(m.end() for m in CLAUSE.finditer(sentence, 0, match.start()))])
            found = CLAUSE.search(sentence, match.end())
            high = found.start() if found else len(sentence)
            distance = {}
            for name, (words, _, _) in ONLINE.items():
                spots = [m.start() - match.end() if m.start() >= match.end()
                         else match.start() - m.end()
                         for m in words.finditer(sentence, low, high)]
                if spots:
                    distance[name] = min(spots)
            if not distance:
                continue
            name = min(distance, key=distance.get)
            value = float(match.group(1))
            others = [n for n in ONLINE if n != name and abs(ONLINE[n][1] - value) < 1e-9]
            if others and abs(ONLINE[name][1] - value) > 1e-9:
                problems.append(f"“{sentence[low:high].strip()}”: {ONLINE[name][2]}, "
                                f"and {ONLINE[others[0]][2]}")
    return problems


def check(report):
    """Each section holds at least one sentence, not keywords alone; and each count and
    online percentage is given to what it counts."""
    found = {}
    parts = re.split(r"^#{1,6}\s+(.+?)\s*#*\s*$", report, flags=re.MULTILINE)
    for title, body in zip(parts[1::2], parts[2::2], strict=True):
        blocks = re.split(r"\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)]|\|))", body)
        longest = max((sentence_words(b) for b in blocks), default=0)
        for section in SECTIONS:
            if section in title.lower():
                found[section] = max(found.get(section, 0), longest)
    short = [s for s in SECTIONS if found.get(s, 0) < SENTENCE_WORDS]
    return {
        "each section says it in sentences, not keywords": (
            f"the section{'s' if len(short) > 1 else ''} {', '.join(short)} "
            f"{'hold' if len(short) > 1 else 'holds'} only fragments or lists of keywords: say "
            "what the abstract claims, shows and leaves out in sentences"
            if short
            else None
        ),
        "each figure is given to what it counts (architectures, seeds, traffic, lift)": (
            "; ".join(_swapped_figures(report)[:3]) or None
        ),
    }
