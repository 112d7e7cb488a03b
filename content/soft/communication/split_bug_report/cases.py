"""The numbers a report may compute from the session: expected counts and shares, each
with the words that say what it is (an expected count next to the split it belongs to).
`check` adds what a number's words cannot pin down: that a count goes to its own split
(200 and 0 to train and test, not the other way round), a print to the frame that gave
it, the bug to 2.3.0 and not 2.2.1; and that the steps run on the maintainer's machine,
from the session's own toy inputs, without the learner's file."""

import re

from mldojo.grading.casekit import Fact
from mldojo.grading.written import untabled

ROWS, POSITIVES, TEST_SIZE = 10_000, 200, 0.2
TOY_ROWS, TOY_POSITIVES, TOY_TEST_SIZE = 10, 2, 0.5
POSITIVE = r"positive|fraud|class|label|\bcases|\b1s\b"
NEGATIVE = r"negative|legit|non-?fraud|class|label|\b0s\b"
LABEL = r"\[|label|class|\by\b|values?"  # a 0 or a 1 in a list of labels

SPLIT_COUNTS = r"\(\s*160\s*,\s*40\s*\)"
FACTS = {
    "rows": Fact(ROWS, r"rows|claims|frame|data|records"),
    "positives": Fact(POSITIVES, POSITIVE),
    "negatives": Fact(ROWS - POSITIVES, NEGATIVE),
    "positive_share": Fact(POSITIVES / ROWS, POSITIVE + r"|share|rate|proportion"),  # 2%
    "negative_share": Fact(1 - POSITIVES / ROWS, NEGATIVE + r"|share|rate|proportion"),
    "test_rows": Fact(ROWS * TEST_SIZE, r"test"),
    "train_rows": Fact(ROWS * (1 - TEST_SIZE), r"train"),
    # 40 and 160, also as the session prints them: `(160, 40)`
    "expected_test_positives": Fact(POSITIVES * TEST_SIZE, r"test|" + SPLIT_COUNTS),
    "expected_train_positives": Fact(POSITIVES * (1 - TEST_SIZE), r"train|" + SPLIT_COUNTS),
    "expected_test_negatives": Fact((ROWS - POSITIVES) * TEST_SIZE, r"test"),
    "expected_train_negatives": Fact((ROWS - POSITIVES) * (1 - TEST_SIZE), r"train"),
    "test_share": Fact(TEST_SIZE, r"test"),
    "train_share": Fact(1 - TEST_SIZE, r"train"),
    # 0, also as the session prints it: `(200, 0)`
    "actual_test_positives": Fact(0, r"test|none|\bno\b|zero|\(\s*200\s*,\s*0\s*\)"),
    "toy_rows": Fact(TOY_ROWS, r"toy|range|rows|\bx\b"),
    "toy_positives": Fact(TOY_POSITIVES, r"toy|positive|ones|\[\s*1\s*\]|\by\b"),
    "toy_negatives": Fact(TOY_ROWS - TOY_POSITIVES, r"toy|negative|zeros|\[\s*0\s*\]|\by\b"),
    "toy_expected_test_positives": Fact(  # 1 in each half
        TOY_POSITIVES * TOY_TEST_SIZE, r"half|each|toy|of the 2\b"
    ),
    "toy_positive_share": Fact(TOY_POSITIVES / TOY_ROWS, r"toy"),
    "toy_half": Fact(TOY_ROWS * TOY_TEST_SIZE, r"half|rows|test|each"),
    # Only as 0.5: "50" in a sentence about halves is another number (the expected 40's place).
    "toy_test_size": Fact(TOY_TEST_SIZE, r"test_size|half", as_percent=False),
    # ...but a split said as "50/50" is that half.
    "fifty_fifty": Fact(100 * TOY_TEST_SIZE, r"\b50\s*[/-]\s*50\b", what="a 50/50 split"),
    "label_0": Fact(0, LABEL, what="a label"),
    "label_1": Fact(1, LABEL, what="a label"),
    "seed_0": Fact(0, r"seed|random_state", what="a seed"),
    "seed_1": Fact(1, r"seed|random_state", what="a seed"),
    "whole_frame": Fact(1, r"frac", what="the fraction sampled"),
    "tail": Fact(3, r"tail|last", what="the rows shown by tail"),
}
STATEMENT_NUMBERS = False  # every number a report may state is above, with its words

# What `check` reads: the prose (code blocks apart) and the code blocks.
FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
VERSION = re.compile(r"\b\d+\.\d+\.\d+\b")
BAD, GOOD = "2.3.0", "2.2.1"
# The counts of positives that belong to each split: 2.3.0 gives (200, 0), 2.2.1 (160, 40).
SPLIT_OF = {"train": {200, 160, 8000}, "test": {0, 40, 2000}}
SPLIT = r"\b(train(?:ing)?|test(?:ing)?)\b(?![_(\[]|\.\w)"
COUNT = re.compile(r"(?<![\w.=\[(,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.]\d|[\w%=]|\s*%|\s*,\s*\d+\s*\))")
PAIR = re.compile(r"\(\s*(\d[\d,]*)\s*,\s*(\d[\d,]*)\s*\)")
TOTAL_BEFORE = re.compile(r"\b(?:of|out\s+of)\s+(?:the\s+|all\s+|its\s+|our\s+|my\s+|these\s+|those\s+)?$",
                          re.IGNORECASE)
SPLIT_AFTER = re.compile(
    rf"^\s*(?:(?:positives?|frauds?|fraud\s+cases?|cases|rows|ones|end\s+up|go|goes|land|lands"
    rf"|are|is|were|was|expected|observed|should\s+go|put|stay|stays|stayed|remain|remains|remained"
    rf"|went|ended\s+up|sit|sits|sat|all|still)\s+){{0,3}}(?:in|into|to|for)?\s*(?:the\s+)?{SPLIT}",
    re.IGNORECASE)
# "50" said as a count of positives is wrong for either split; "50/50" is a split's halves.
FIFTY = 50
FIFTY_FIFTY_AFTER = re.compile(r"\s*[/-]\s*50\b")
FIFTY_FIFTY_BEFORE = re.compile(r"\b50\s*[/-]\s*$")
SPLIT_LATER = re.compile(rf"^(?:\bof\s+(?:the\s+|all\s+)?\d{{1,3}}(?:,\d{{3}})+|\bof\s+(?:the\s+|all\s+)?\d+|[^.;:,\d()]){{0,60}}?\b(?:stay\w*|stayed|remain\w*|end\w*\s+up|land\w*|went|go|goes)"
                         rf"\s+(?:in|into|to)\s+(?:the\s+)?{SPLIT}", re.IGNORECASE)
SHARE_OF = re.compile(r"(\d+)\s+(?:of|out\s+of)\s+(?:the\s+|all\s+|its\s+)?(200|2)\b(?!\s*%|[\d.,])")
# The toy frame's two prints, and which frame each belongs to.
PRINTS = {"[0,0,0,0,0]": "sorted", "[0,1,0,0,0]": "shuffled"}
LIST = re.compile(r"\[\s*[01](?:\s*,\s*[01]){4}\s*\]")
CUE = re.compile(r"\b(?:(unshuffled|not\s+shuffled|sorted|label-sorted|original|first|unsorted"
                 r"|shuffl\w*|second|sampled|reordered))\b", re.IGNORECASE)
# Words that say a release has the bug, or that it splits right.
BROKEN = re.compile(r"\b(bug|buggy|broken|wrong|loses?|regress\w*|introduced|fails?|failing|"
                    r"none|no\s+positives?|\(200,\s*0\)|problem|issue|affected|same\s+behaviou?r"
                    r"|0\s+in\s+test)",
                    re.IGNORECASE)
RIGHT = re.compile(r"\b(correct\w*|works?|working|fine|right|ok|okay|unaffected|not\s+affected|"
                   r"as\s+(?:expected|documented)|\(160,\s*40\)|40\s+(?:in\s+test|of\s+the\s+200))",
                   re.IGNORECASE)
# Said right after a release: it gives no positive to test ("2.2.1 also has 0 fraud rows").
NONE_IN = re.compile(r"\b(?:0|zero)\s+(?:fraud\w*|positives?)\b|\b(?:has|shows)\s+the\s+same\b",
                     re.IGNORECASE)
NEGATED = re.compile(r"\b(?:not|no\s+longer|never|without)\s+(?:\w+\s+){0,2}$|n't\s+(?:\w+\s+){0,2}$",
                     re.IGNORECASE)


def _row_sentence(cells, header):
    """A table row as the sentence it stands for: a count under a split's heading is that
    split's ("| 2.3.0 | 200 | 0 |" under "release | train | test" reads "2.3.0 gives 200
    in train and 0 in test")."""
    said = []
    for cell, heading in zip(cells, header, strict=False):
        split = re.search(SPLIT, heading, re.IGNORECASE)
        if split and re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", cell):
            said.append(f"{cell} in {split.group(1).lower()}")
        else:
            said.append(cell)
    return said[0] + (" gives " + " and ".join(said[1:]) if len(said) > 1 else "") + "."


def _prose_sentences(report):
    """The report's sentences outside code blocks, back-quotes dropped, one line each; a
    table row is a sentence of its own."""
    prose = untabled(FENCE.sub(" ", report).replace("`", ""), _row_sentence)
    blocks = re.split(r"\n\s*\n|^#.*$|^\s*[-*+]\s", prose, flags=re.MULTILINE)
    return [s for b in blocks for s in re.split(r"(?<=[.!?;])\s+", " ".join(b.split())) if s]


def _split_of(sentence, match):
    """The split a count belongs to: said right after it ("40 in test") or the last one
    named before it in its sentence ("test gets 0"); None for a total ("of the 200")."""
    before = sentence[: match.start()]
    if TOTAL_BEFORE.search(before):
        return None
    after = SPLIT_AFTER.match(sentence[match.end():])
    if after:
        return after.group(1).lower()[:5].rstrip("i")
    # Named later in its own clause, with no other count between ("all 200 positives out
    # of the claims stayed in the training set").
    after = SPLIT_LATER.match(sentence[match.end():])
    if after:
        return after.group(1).lower()[:5].rstrip("i")
    named = re.findall(SPLIT, before, re.IGNORECASE)
    return named[-1].lower()[:5].rstrip("i") if named else None


def _counts(report):
    """Counts of positives given to the wrong split, and shares of a wrong size."""
    problems = []
    for sentence in _prose_sentences(report):
        plain = VERSION.sub(lambda m: " " * len(m.group()), sentence)
        plain = LIST.sub(lambda m: " " * len(m.group()), plain)
        for match in PAIR.finditer(plain):
            first, second = (int(g.replace(",", "")) for g in match.groups())
            if (first, second) in {(0, 200), (40, 160), (2000, 8000)}:
                order = re.findall(SPLIT, plain[: match.start()], re.IGNORECASE)
                if not order or not order[0].lower().startswith("test"):
                    problems.append(f"“{match.group(0)}” reads as (train, test), the order the "
                                    "session prints; the positives it gives to test belong to "
                                    "train")
        # A pair is read above, as the session prints it: its counts are not read again.
        plain = PAIR.sub(lambda m: " " * len(m.group()), plain)
        for match in COUNT.finditer(plain):
            value = int(match.group(1).replace(",", ""))
            if value not in SPLIT_OF["train"] | SPLIT_OF["test"] | {FIFTY}:
                continue
            if value == FIFTY and (FIFTY_FIFTY_AFTER.match(plain[match.end():])
                                   or FIFTY_FIFTY_BEFORE.search(plain[:match.start()])):
                continue  # "a 50/50 split": the toy's halves, not a count
            split = _split_of(plain, match)
            if split and value not in SPLIT_OF[split]:
                problems.append(f"“{_around(sentence, match)}” gives {value} to {split}: 2.3.0 "
                                "puts all 200 positives in train and none in test; 2.2.1 puts "
                                "160 in train and 40 in test")
        for match in SHARE_OF.finditer(plain):
            part, whole = int(match.group(1)), int(match.group(2))
            if part not in ({0, 40, 160, 200} if whole == 200 else {0, 1, 2}):
                problems.append(f"“{match.group(0)}”: of {whole} positives, a stratified "
                                f"{'20%' if whole == 200 else 'half'} share is "
                                f"{'40' if whole == 200 else '1'}")
    return problems


# The classes' shares and counts: 2% of the claims (200) are fraud, 98% (9,800) are not. A
# sentence that names both classes lets each figure pass for the other ("98% are fraud and
# 2% legitimate", "9,800 fraud cases and 200 legitimate claims").
SHARE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent|per\s?cent)?")
FRAUD_WORDS = re.compile(r"\bfraud|\bpositive", re.IGNORECASE)
LEGIT_WORDS = re.compile(r"legit|negative|non-?fraud|not\s+(?:a\s+)?fraud|genuine|honest|"
                         r"\bclean\b|\b0s\b", re.IGNORECASE)
CLAUSE = re.compile(r",(?!\d{3})|[;:()]|\s(?:and|while|whereas|but|against|versus|vs\.?)\s",
                    re.IGNORECASE)
SHARES = {"fraud": 100 * POSITIVES / ROWS, "legitimate": 100 - 100 * POSITIVES / ROWS}
CLASS_COUNTS = {"fraud": POSITIVES, "legitimate": ROWS - POSITIVES}


def _class_shares(report):
    """A class's share said of the other class."""
    problems = []
    for sentence in _prose_sentences(report):
        for match in SHARE.finditer(sentence):
            low = max([0, *(m.end() for m in CLAUSE.finditer(sentence, 0, match.start()))])
            found = CLAUSE.search(sentence, match.end())
            clause = sentence[low: found.start() if found else len(sentence)]
            legit = LEGIT_WORDS.search(clause)
            fraud = FRAUD_WORDS.search(LEGIT_WORDS.sub(" ", clause))
            said = "legitimate" if legit and not fraud else "fraud" if fraud and not legit else None
            value = float(match.group(1).replace(",", ""))
            other = "fraud" if said == "legitimate" else "legitimate"
            figures = SHARES if match.group(2) else CLASS_COUNTS
            if said and abs(value - figures[other]) < 0.5 and abs(value - figures[said]) >= 0.5:
                what = "share" if match.group(2) else "number"
                problems.append(f"“{clause.strip()}”: {match.group(0).strip()} is the {what} of "
                                f"{other} claims ({POSITIVES} of {ROWS:,} claims are fraud)")
    return problems


def _around(text, match, width=30):
    start = max(0, text.rfind(" ", 0, max(0, match.start() - width)) + 1)
    end = text.find(" ", match.end() + 12)
    return text[start: len(text) if end < 0 else end].strip(" ,;:")


def _prints(report):
    """Prints given to the wrong frame: the sorted frame prints no positive."""
    problems = []
    for sentence in _prose_sentences(report):
        for match in LIST.finditer(sentence):
            printed = re.sub(r"\s", "", match.group())
            if printed not in PRINTS:
                continue
            after = re.match(r"\W*(?:for|from|on|with|by)\s+(?:the\s+|a\s+)?(\S+)",
                             sentence[match.end():])
            cues = ([after.group(1)] if after and CUE.match(after.group(1)) else
                    CUE.findall(sentence[: match.start()]))
            if cues:
                frame = "shuffled" if re.match(r"shuffl|second|sampled|reordered", cues[-1],
                                               re.IGNORECASE) else "sorted"
                if frame != PRINTS[printed]:
                    problems.append(f"“{match.group()}” is given to the {frame} frame: the "
                                    "sorted frame's test half has no positive, the shuffled "
                                    "copy's has one")
    for block in FENCE.finditer(report):
        call = ""
        for line in block.group().splitlines():
            if "stratified_split(" in line:
                call = line
            for match in LIST.finditer(line.split("tolist")[-1]):
                printed = re.sub(r"\s", "", match.group())
                if call and printed in PRINTS:
                    frame = "shuffled" if re.search(r"shuffl|sample", call) else "sorted"
                    if frame != PRINTS[printed]:
                        problems.append(f"the code shows {match.group()} for the {frame} frame: "
                                        "the sorted frame's test half has no positive, the "
                                        "shuffled copy's has one")
    return problems


def _versions(report):
    """Releases given the wrong part: 2.3.0 has the bug, 2.2.1 splits right."""
    problems = []
    for sentence in _prose_sentences(report):
        found = list(VERSION.finditer(sentence))
        for i, match in enumerate(found):
            start = found[i - 1].end() if i else 0
            end = found[i + 1].start() if i + 1 < len(found) else len(sentence)
            clause = re.split(r"[,;:]\s", sentence[match.end():end])[0]
            before = sentence[start: match.start()].rsplit(",", 1)[-1]
            window = before + " " + clause
            said = " ".join(f"{before}{match.group()}{clause}".split())
            right = [m for m in RIGHT.finditer(window) if not NEGATED.search(window[: m.start()])]
            right += [m for m in BROKEN.finditer(window) if NEGATED.search(window[: m.start()])]
            broken = [m for m in BROKEN.finditer(window) if not NEGATED.search(window[: m.start()])] + [
                m for m in RIGHT.finditer(window) if NEGATED.search(window[: m.start()])]
            if match.group() == BAD and right and not broken:
                problems.append(f"“{said}” says {BAD} splits right: {BAD} is the "
                                f"release with the bug")
            if match.group() == GOOD and not right and (broken or NONE_IN.search(clause)):
                problems.append(f"“{said}” says {GOOD} has the bug: {GOOD} is the "
                                f"release that splits right")
    return problems


# The toy session's own inputs: the reproduction must use them to print what it printed.
SESSION_INPUTS = {"random_state": 1, "seed": 0, "test_size": TOY_TEST_SIZE, "frac": 1}
SESSION_INPUT = re.compile(r"\b(random_state|seed|test_size|frac)\s*=\s*(\d+(?:\.\d+)?)")


def _reproduction(report):
    """The steps run on the maintainer's machine: built from the toy frame, in code, and
    never reading claims.parquet."""
    blocks = [b.group() for b in FENCE.finditer(report)]
    if any(re.search(r"claims\.parquet|read_parquet|read_csv", b) for b in blocks):
        return ("the steps read claims.parquet, which the maintainer cannot get: build the "
                "toy frame of the session in code and split that")
    if not any("stratified_split(" in b and re.search(r"\[\s*0\s*\]\s*\*\s*8|\[\s*0\s*(,\s*0\s*){7},"
                                                     r"\s*1\s*,\s*1\s*\]|repeat\(", b)
               for b in blocks):
        return ("put the reproduction in a code block the maintainer can paste and run: the "
                "toy frame built in code, then the stratified_split calls")
    for block in blocks:
        for name, used in SESSION_INPUT.findall(block):
            if float(used) != SESSION_INPUTS[name]:
                return (f"the steps use {name}={used} where the session used "
                        f"{name}={SESSION_INPUTS[name]:g}: with other inputs the maintainer "
                        "may not see what you saw")
    return None


def check(report):
    """Each count, print and release is given to what it belongs to; the steps run
    without the learner's data."""
    lines = {
        "each count of positives belongs to the split it is given to": _counts(report),
        "each class's share and count belong to that class (fraud or legitimate)":
            _class_shares(report),
        "each printed test half belongs to the frame it came from": _prints(report),
        "each release is said to be what it is (2.3.0 splits wrong, 2.2.1 right)":
            _versions(report),
    }
    result = {name: "; ".join(problems[:3]) or None for name, problems in lines.items()}
    result["the steps to reproduce run on the maintainer's machine"] = _reproduction(report)
    return result
