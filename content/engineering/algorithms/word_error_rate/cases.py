import difflib
import math
import re
from collections import Counter

from mldojo.grading.casekit import Case, same

VOCAB = [
    "the",
    "a",
    "model",
    "loss",
    "turn",
    "on",
    "off",
    "lights",
    "play",
    "music",
    "next",
    "song",
    "call",
    "mum",
    "set",
    "timer",
    "for",
    "five",
    "minutes",
    "what",
    "is",
    "weather",
    "today",
    "in",
    "paris",
    "stop",
    "open",
    "door",
    "please",
    "now",
]
RTOL = 1e-9


def _sentence(rng, n):
    return [str(w) for w in rng.choice(VOCAB, size=n)]


def _edit(rng, words, n_edits):
    """Apply random substitutions, deletions and insertions."""
    out = list(words)
    for _ in range(n_edits):
        op = rng.integers(3)
        if op == 0 and out:
            out[int(rng.integers(len(out)))] = str(rng.choice(VOCAB))
        elif op == 1 and out:
            del out[int(rng.integers(len(out)))]
        else:
            out.insert(int(rng.integers(len(out) + 1)), str(rng.choice(VOCAB)))
    return out


def _case(name, ref, hyp, hidden=False):
    ref = ref if isinstance(ref, str) else " ".join(ref)
    hyp = hyp if isinstance(hyp, str) else " ".join(hyp)
    return Case(name, (ref, hyp), rtol=RTOL, atol=1e-12, hidden=hidden)


def cases(rng):
    out = []
    for i in range(3):
        ref = _sentence(rng, int(rng.integers(6, 14)))
        out.append(_case(f"random edits #{i + 1}", ref, _edit(rng, ref, int(rng.integers(1, 5)))))
    ref = _sentence(rng, int(rng.integers(5, 9)))
    out.append(_case("one word inserted at the start", ref, [str(rng.choice(VOCAB)), *ref]))
    ref = _sentence(rng, int(rng.integers(5, 9)))
    out.append(_case("the first word missing", ref, ref[1:]))
    ref = _sentence(rng, int(rng.integers(4, 8)))
    out.append(_case("identical sentences", ref, list(ref)))
    ref = _sentence(rng, int(rng.integers(3, 7)))
    out.append(_case("empty hypothesis: every word deleted", ref, ""))
    ref = _sentence(rng, 2)
    out.append(
        _case(
            "far more hypothesis words than reference words (WER > 1)",
            ref,
            _sentence(rng, int(rng.integers(5, 8))),
        )
    )
    ref = _sentence(rng, int(rng.integers(4, 7)))
    hyp = [w.capitalize() if k == 0 else w for k, w in enumerate(ref)]
    out.append(_case("a capital letter is a different word", ref, hyp))
    ref = _sentence(rng, int(rng.integers(4, 7)))
    hyp = _edit(rng, ref, 1)
    out.append(
        _case(
            "extra spaces, a tab and a line break",
            "  " + "   ".join(ref) + "\n",
            "\t".join(hyp[:2]) + "  " + " ".join(hyp[2:]),
        )
    )
    out.append(
        _case(
            "punctuation and apostrophes belong to the word",
            "it's the model's loss. stop",
            "its the models loss stop",
        )
    )
    out.append(_case("both empty", "", " "))
    out.append(_case("empty reference, non-empty hypothesis", "", _sentence(rng, 2)))
    # Three words only: a word repeats, so the cheapest alignment is not the one a diff of
    # matching blocks or a greedy left-to-right pass finds.
    w = [str(x) for x in rng.choice(VOCAB, size=3, replace=False)]
    tiny = lambda pattern: " ".join(w[int(k)] for k in pattern)  # noqa: E731
    out.append(
        _case(
            "three words: a long matching run is not the cheapest alignment",
            tiny("010"),
            tiny("120"),
        )
    )
    out.append(
        _case(
            "two words: a word that matches one ahead is not always a deletion",
            tiny("01"),
            tiny("1101"),
        )
    )
    for i in range(3):
        ref = [w[int(k)] for k in rng.integers(0, 3, size=int(rng.integers(3, 8)))]
        hyp = [w[int(k)] for k in rng.integers(0, 3, size=int(rng.integers(2, 8)))]
        out.append(_case(f"random sentences over three words #{i + 1}", ref, hyp))
    ref = _sentence(rng, int(rng.integers(5, 9)))
    out.append(_case("random edits (hidden)", ref, _edit(rng, ref, 3), hidden=True))
    ref = _sentence(rng, 600)
    out.append(_case("600-word transcripts", ref, _edit(rng, ref, 60)))
    return out


# --- teaching messages ---------------------------------------------------------


def _distance(a, b, *, first_row=True, first_column=True):
    """Edit distance; without `first_row` (or `first_column`) the table's first row (or
    each row's first cell) starts at 0 instead of counting insertions (or deletions)."""
    prev = list(range(len(b) + 1)) if first_row else [0] * (len(b) + 1)
    for i, x in enumerate(a, 1):
        cur = [i if first_column else 0]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]


EDGES = {
    "row": "the table's first row starts at zeros: d[0][j] is the cost of turning no "
    "reference words into the first j hypothesis words, j insertions, so words the "
    "hypothesis adds before the reference begins (a hallucinated 'um, so') go uncounted",
    "column": "each row of the table starts at 0: its first cell d[i][0] is the cost of "
    "turning the first i reference words into none, i deletions, so words missing at the "
    "start go uncounted (an empty transcript, a recogniser that heard nothing, scores 0)",
    "both": "the table's first row or its first column starts at zeros: turning i reference "
    "words into none costs i deletions, and turning none into j hypothesis words j "
    "insertions, so words missing or added at the start go uncounted",
}


def _edges(ref, hyp, got):
    """Which edge of the table left at 0 gives `got`: "row", "column", "both" or None."""
    n = len(ref)
    row = _close(_distance(ref, hyp, first_row=False) / n, got)
    column = _close(_distance(ref, hyp, first_column=False) / n, got)
    if row != column:
        return "row" if row else "column"
    if row or _close(_distance(ref, hyp, first_row=False, first_column=False) / n, got):
        return "both"
    return None


def _positional(ref, hyp):
    return sum(a != b for a, b in zip(ref, hyp, strict=False)) + abs(len(ref) - len(hyp))


def _lookahead(ref, hyp):
    """Greedy left to right, deciding each word with one word of look-ahead."""
    i = j = edits = 0
    while i < len(ref) and j < len(hyp):
        if ref[i] == hyp[j]:
            i, j = i + 1, j + 1
            continue
        edits += 1
        if i + 1 < len(ref) and ref[i + 1] == hyp[j]:
            i += 1
        elif j + 1 < len(hyp) and ref[i] == hyp[j + 1]:
            j += 1
        else:
            i, j = i + 1, j + 1
    return edits + (len(ref) - i) + (len(hyp) - j)


def _blocks(ref, hyp, autojunk):
    """Edits read off the opcodes of a longest-matching-block diff."""
    ops = difflib.SequenceMatcher(None, ref, hyp, autojunk=autojunk).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def _indel(ref, hyp):
    """Edit distance where a substitution costs 2 (a deletion and an insertion)."""
    prev = list(range(len(hyp) + 1))
    for i, x in enumerate(ref, 1):
        cur = [i]
        for j, y in enumerate(hyp, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + 2 * (x != y)))
        prev = cur
    return prev[-1]


def _close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)  # the statement asks for a float
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    reference, hypothesis = case.args
    ref, hyp = reference.split(), hypothesis.split()
    if not isinstance(got, int | float) or isinstance(got, bool):
        return f"{problem}; return the rate as a float"
    if isinstance(got, int) and float(got) == expected:
        return "the value is right but an int: return the rate as a float (0.0, not 0)"
    got = float(got)
    if not ref:
        return (
            f"{problem}; with no reference words the rate is 0.0 if the hypothesis "
            "is empty too, and inf otherwise (check this before dividing)"
        )
    dist = _distance(ref, hyp)
    n = len(ref)
    # Shortcuts that align the words without searching every alignment; on some inputs
    # two of them give the same count, and then the message names both.
    shortcuts = [
        (
            {_positional(ref, hyp)},
            "words compared position by position",
            "one inserted or missing word shifts every later word",
        ),
        (
            {_lookahead(ref, hyp)},
            "a greedy left-to-right pass with a short look-ahead",
            "a step that looks right locally (dropping a word because the next one matches) "
            "can cost more edits later",
        ),
        (
            {_blocks(ref, hyp, True), _blocks(ref, hyp, False)},
            "edits read off a diff of matching blocks (difflib's SequenceMatcher)",
            "a diff keeps the longest matching run, which is not always part of the "
            "cheapest alignment",
        ),
    ]
    found = [
        (what, why)
        for counts, what, why in shortcuts
        if any(not _close(k / n, expected) and _close(k / n, got) for k in counts)
    ]
    indel = _indel(ref, hyp) / n
    if not _close(indel, expected) and _close(indel, got):  # a full table, one cost wrong
        if not found:
            return (
                f"{problem}; a substitution was counted as 2 edits (a deletion and an "
                "insertion): it costs 1"
            )
        return (
            f"{problem}; either a substitution was counted as 2 edits (a deletion and "
            "an insertion; it costs 1), or this is the rate of "
            + ", or of ".join(w for w, _ in found)
            + ": fill the edit-distance table, with a substitution costing 1"
        )
    if len(found) == 1:
        what, why = found[0]
        return (
            f"{problem}; this is the rate of {what}: {why}. Find the minimal alignment "
            "with the edit-distance table"
        )
    if found:
        return (
            f"{problem}; this is the rate of "
            + ", or of ".join(w for w, _ in found)
            + ", not of a minimal alignment: find it with the edit-distance table, "
            "which tries every alignment"
        )
    guesses = [
        (dist / max(len(hyp), 1), "divide by the number of reference words, not hypothesis words"),
        (
            dist / max(len(ref), len(hyp)),
            "divide by the number of reference words, not by the longer of the two",
        ),
        (min(1.0, dist / len(ref)), "do not cap the rate at 1: insertions can make it larger"),
        (dist, "that is the number of edits: divide it by the number of reference words"),
        (
            _distance(reference.split(" "), hypothesis.split(" "))
            / max(len(reference.split(" ")), 1),
            "split with str.split() (no argument): splitting on ' ' turns extra spaces into "
            "empty 'words'",
        ),
        (
            _distance(re.findall(r"\w+", reference), re.findall(r"\w+", hypothesis))
            / max(len(re.findall(r"\w+", reference)), 1),
            "a word is a run of non-white-space characters, as str.split() gives: a regular "
            'expression such as \\w+ cuts "it\'s" in two and drops the punctuation',
        ),
        (
            _distance(list(reference), list(hypothesis)) / max(len(reference), 1),
            "this is the character error rate: align words, not characters",
        ),
        (
            _distance([w.lower() for w in ref], [w.lower() for w in hyp]) / len(ref),
            "words are compared exactly: 'The' and 'the' differ here",
        ),
    ]
    guessed = [why for value, why in guesses if not _close(value, expected) and _close(value, got)]
    edges = _edges(ref, hyp, got) if got < expected else None
    # A count of words that ignores their order is also too low, and on short sentences
    # can give the same number: then the edges are not named.
    missing, extra = Counter(ref) - Counter(hyp), Counter(hyp) - Counter(ref)
    bag = max(sum(missing.values()), sum(extra.values())) / n
    if edges and not _close(bag, got):
        if guessed:  # two mistakes give this rate on this input
            return f"{problem}; either {guessed[0]}, or {EDGES[edges]}"
        return f"{problem}; too few edits: {EDGES[edges]}. Fill the edges before the recurrence"
    if guessed:
        return f"{problem}; {guessed[0]}"
    if got > expected:
        return (
            f"{problem}; too many edits: the rate must come from the cheapest "
            "alignment (take the min of deletion, insertion and match/substitution)"
        )
    return (
        f"{problem}; too few edits: a substitution costs 1 only when the words "
        "differ, and every deletion and insertion costs 1"
    )
