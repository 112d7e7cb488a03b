"""Numbers a summary may compute from the abstract, each with the words that say what it
is (the interval's ends next to "interval", the online lift next to "click-through")."""

import re

from mldojo.grading.casekit import Fact
from mldojo.grading.written import is_joined

EFFECT = r"\bauc|points|lower|gap|effect|worse|cost|gain"
INTERVAL = r"interval|\bci\b|between|from|\bto\b"
IMPRESSIONS = r"billion|impressions|\blogs?\b"

FACTS = {
    "runs": Fact(8 * 5, r"runs|training|experiment"),
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


def check(report):
    """Each section holds at least one sentence, not keywords alone."""
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
        )
    }
