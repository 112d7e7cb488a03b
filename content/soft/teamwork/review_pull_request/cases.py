"""Numbers a review may compute from the pull request and the statement, each with the
words that say what it is: a line number counts only next to what that line does, so
"line 25 picks the threshold" fails where line 24 does it. `check` pins down what a
sentence's words cannot: the words right around a line number are that line's (not
the next one's in the same sentence), a share or a step is the one it is said to be
("99% fraud" is the accuracy of flagging nothing), and the threshold tuned on the test
set stands under Blocking, not among the suggestions."""

import re

from mldojo.grading.casekit import Fact

FRAUD_SHARE = 0.01
LINE = r"\blines?\b"
# What each line of the pull request does, in the words a reviewer would use for it.
LINES = {
    1: r"docstring|\"\"\"|module",
    2: r"numpy|\bnp\b|import",
    3: r"train_test_split|import",
    5: r"precision_recall|def\b|signature|function",
    6: r"\btp\b|true positive",
    7: r"\bfp\b|false positive",
    8: r"\bfn\b|false negative",
    9: r"precision|recall|\btp\b|\bfp\b|\bfn\b|divi|zero|denominator|return",
    11: r"best_threshold|def\b|function",
    12: r"\bbest|best_f1|0\.5|default|initial|start",
    13: r"step|arange|0\.05|grid|loop|sweep|thresholds|for t\b",
    14: r"precision_recall|scores|astype|p, r",
    15: r"\bf1|divi|zero|p \+ r|harmonic",
    16: r"\bf1|best_f1|compar|strict|ties?\b|\bnan",
    17: r"\bbest|update|assign|keeps?",
    18: r"return",
    20: r"\bmain\b|def\b|function",
    21: r"split|train_test_split|stratif|seed|random_state|test_size|shuffl",
    22: r"\bfit|train",
    23: r"predict_proba|scores|probabilit",
    24: r"threshold|best_threshold|y_test|test set|tun|chos|pick",
    25: r"y_pred|predict|scores >= t|binar|appl|astype|label",
    26: r"precision|recall|precision_recall|report",
    27: r"accura",
    28: r"print|format|output|launch doc",
}
# More words a reviewer uses for what a line does (the statement's example among them):
# generous, but never the words of the lines a review is about (24, 26, 27, 21).
MORE_WORDS = {
    9: r"precision|recall|tp\s*\+\s*fp|nan", 12: r"threshold",
    13: r"0\.95|1\.0|range|coarse|stops?|threshold",
    14: r"threshold|precision|recall", 15: r"precision|recall|nan", 16: r"best|threshold",
    17: r"threshold", 21: r"train|test|random", 22: r"model", 23: r"model|predict",
    24: r"tunes?|select|optimi|maximi|search|sweep", 25: r"scores|predictions|thresholds\s+the",
    26: r"scor|evaluat|same\s+rows|metrics|measur", 27: r"mean|headline", 28: r"f1|metrics",
}
LINES = {n: f"{words}|{MORE_WORDS[n]}" if n in MORE_WORDS else words for n, words in LINES.items()}
THRESHOLD = r"threshold|step|arange|grid|cut|default|best|range|0\.05"
FRAUD = r"fraud|positive|transactions?|rare|imbalanc|base rate|prevalence"

FACTS = {
    **{f"line_{n}": Fact(n, (LINE, words), what=f"line {n}") for n, words in LINES.items()},
    "fraud_share": Fact(FRAUD_SHARE, FRAUD, what="the share of fraud"),
    "all_negative_accuracy": Fact(  # 99%: a model that flags nothing
        1 - FRAUD_SHARE, r"accura|nothing|all negative|never flags|predicts? no",
        what="the accuracy of flagging nothing",
    ),
    "thresholds_tried": Fact(
        len([round(0.05 * k, 2) for k in range(1, 20)]),  # 19
        r"thresholds|values|candidates|tried|steps|grid", what="the number of thresholds",
    ),
    "test_share": Fact(0.2, r"test|split|size|hold", what="the test share"),
    "train_share": Fact(0.8, r"train|split", what="the training share"),
    "fraud_per_1000": Fact(1000 * FRAUD_SHARE, (FRAUD, r"1,?000\b|thousand")),
    "fraud_per_10000": Fact(10_000 * FRAUD_SHARE, (FRAUD, r"10,?000\b")),
    "grid_end": Fact(1.0, r"arange|grid|stops?|end\b|up to|exclusive|range", what="the grid's end"),
    "zero": Fact(
        0, r"zero|divi|denominator|\btp\b|\bfp\b|\bfn\b|nothing|flag|\bnan|random_state|seed",
        what="zero",
    ),
    **{
        f"threshold_{k}": Fact(round(0.05 * k, 2), THRESHOLD, what="a threshold",
                               as_percent=False)
        for k in range(1, 20)
    },
}
STATEMENT_NUMBERS = False  # every number a review may state is above, with its words


# Any fixed seed will do in a proposed fix; these are the ones people write.
SEEDS = (1, 7, 42, 123, 1234, 2024, 2025, 2026)
FACTS.update({f"seed_{s}": Fact(s, r"random_state|seed", what="a seed") for s in SEEDS})

NUMBER = r"(\d+(?:\.\d+)?|\.\d+)"
ABOUT = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|close\s+to\s+|already\s+|over\s+|only\s+)?"
# A figure said with what it is must be that figure: (pattern, its value in the unit
# written, what it is).
FIGURES = [
    (rf"{NUMBER}\s*(?:%|per\s?cent\b)\s+(?:of\s+(?:all\s+|the\s+)?(?:transactions|cases|rows|labels|data)\s+"
     rf"(?:are\s+|is\s+|being\s+)?)?(?:fraud|positive)", (1,),
     "fraud is 1% of the transactions"),
    (rf"\b(?:fraud|positive)s?\s+(?:rate|share|prevalence|base\s+rate)\s+(?:of\s+|is\s+|at\s+)?"
     rf"{ABOUT}{NUMBER}\s*(?:%|per\s?cent\b)", (1,), "fraud is 1% of the transactions"),
    (rf"\baccuracy\s+(?:of\s+|is\s+|at\s+|near\s+|=\s*|:\s*|would\s+be\s+|will\s+be\s+|"
     rf"reaches\s+|scores\s+)?{ABOUT}{NUMBER}\s*(?:%|per\s?cent\b)", (99,),
     "flagging nothing is right on every transaction that is not fraud: 99% of them"),
    (rf"{NUMBER}\s*(?:%|per\s?cent\b)\s+accura", (99,),
     "flagging nothing is right on every transaction that is not fraud: 99% of them"),
    (rf"\bstep\s+(?:size\s+)?(?:of\s+|is\s+)?{NUMBER}(?!\s*(?:%|per\s?cent\b))", (0.05,),
     "line 13 steps the threshold by 0.05"),
    (r"(\d*\.\d+)\s+steps?\b", (0.05,), "line 13 steps the threshold by 0.05"),
    (rf"\btest_size\s*=\s*{NUMBER}", (0.2,), "line 21 keeps test_size=0.2"),
    (rf"(?<!line\s)(?<!lines\s)(?<![Ll])\b(\d+)\s+(?:candidate\s+|different\s+)?thresholds"
     r"(?!\s+(?:the|it|them|its|each|every|those|these|scores|predictions))", (19,),
     "np.arange(0.05, 1.0, 0.05) tries 19 thresholds"),
]
FIGURES = [(re.compile(p, re.IGNORECASE), values, why) for p, values, why in FIGURES]
LINE_REF = re.compile(
    r"\b(?:lines?\s+|L)(\d+)(?:\s*(?:-|–|to|through|and|&)\s*(?:line\s+|L)?(\d+))?\b",
    re.IGNORECASE)
LINE_WORDS = {n: re.compile(words, re.IGNORECASE) for n, words in LINES.items()}
# What each line does, for the message when a line number is said with another's words.
DOES = {
    1: "is the module's docstring", 2: "imports numpy", 3: "imports train_test_split",
    5: "defines precision_recall", 6: "counts true positives", 7: "counts false positives",
    8: "counts false negatives", 9: "returns precision and recall (the divisions)",
    11: "defines best_threshold", 12: "starts the search at 0.5", 13: "loops over the grid",
    14: "computes precision and recall at one threshold", 15: "computes F1",
    16: "compares F1 with the best so far", 17: "keeps the best threshold",
    18: "returns the threshold", 20: "defines main", 21: "splits the data",
    22: "fits the model", 23: "scores the test rows", 24: "picks the threshold on y_test",
    25: "applies the threshold", 26: "computes precision and recall",
    27: "computes accuracy", 28: "prints the results",
}
THRESHOLD_ON_TEST = re.compile(
    r"\b(?:threshold|cut-?\s?off)s?\b[^.!?]{0,120}?\b(?:y_test|test\s+(?:set|data|rows|split|labels|scores))\b"
    r"|\b(?:y_test|test\s+(?:set|data|rows|split|labels|scores))\b[^.!?]{0,120}?\b(?:threshold|cut-?\s?off)",
    re.IGNORECASE)


# The denominator that is 0 when nothing is flagged is tp + fp, not tp + fn.
DENOMINATOR_MIXUP = re.compile(r"\btp\s*\+\s*fn\b[^.!?]{0,40}\b(?:is|==|=|becomes|can\s+be)\s*"
                               r"(?:zero|0)\b", re.IGNORECASE)
NOTHING_FLAGGED = re.compile(r"\bflag\w*\s+(?:nothing|no\b)|\bnothing\s+(?:is\s+)?flagged"
                             r"|\bno\s+(?:transactions?|rows?|predictions?)\b", re.IGNORECASE)


def _value_fits(written, values):
    decimals = len(written.split(".")[1]) if "." in written else 0
    return any(abs(float(written) - v) <= 0.5 * 10.0**-decimals + 1e-9 for v in values)


def _figures(text):
    problems = []
    for pattern, values, why in FIGURES:
        for match in pattern.finditer(text):
            if not _value_fits(match.group(1), values):
                problems.append(f"“{match.group(0).strip()}”: {why}")
    return problems


def _sentences(report):
    blocks = re.split(r"\n\s*\n|^#.*$|^\s*(?:[-*+]|\d+[.)])\s", report, flags=re.MULTILINE)
    return [s for b in blocks for s in re.split(r"(?<=[.!?])\s+", " ".join(b.split())) if s]


def _lines(report):
    """Line numbers said with what another line does: the words around a line number (up
    to the next line number in its sentence) must name what that line does."""
    problems = []
    for sentence in _sentences(report):
        refs = list(LINE_REF.finditer(sentence))
        for i, ref in enumerate(refs):
            first = int(ref.group(1))
            last = int(ref.group(2)) if ref.group(2) else first
            lines = [n for n in LINE_WORDS if first <= n <= max(first, last)] if (
                "and" not in ref.group(0) and "&" not in ref.group(0)) else [
                n for n in (first, last) if n in LINE_WORDS]
            if not lines:
                continue  # a line the listing does not have: the numbers line says so
            before = sentence[refs[i - 1].end() if i else 0: ref.start()]
            after = sentence[ref.end(): refs[i + 1].start() if i + 1 < len(refs) else None]
            if not any(LINE_WORDS[n].search(before + " " + after) for n in lines):
                said = " ".join([*_words(before)[-5:], ref.group(0), *_words(after)[:5]])
                does = "; ".join(f"line {n} {DOES[n]}" for n in lines[:3])
                problems.append(f"“{said.strip(' ,.;:')}”: {does}; check the number against "
                                "the listing")
    return problems


def _words(text):
    """The words of a piece of the report, Markdown marks dropped, for quoting it."""
    return re.sub(r"[*_`()]", "", text).split()


def _section(report, name):
    match = re.search(rf"^#+\s*{name}\b.*?$(.*?)(?=^#|\Z)", report,
                      re.IGNORECASE | re.MULTILINE | re.DOTALL)
    return match.group(1) if match else None


# The split's two shares: 20% of the rows are held out for test, 80% train the model. A
# sentence naming both lets either share pass for the other ("80% for the test set").
SPLIT_SHARE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?|\.\d+)\s*(%|per\s?cent\b)?")
TEST_WORDS = re.compile(r"\btest|held\s+out|hold\s+out|holdout|evaluat", re.IGNORECASE)
TRAIN_WORDS = re.compile(r"\btrain|\bfit", re.IGNORECASE)
CLAUSE = re.compile(r",|;|:|\(|\)|\s(?:and|while|whereas|but|with|leaving)\s", re.IGNORECASE)
SPLIT_SHARES = {"test": 20.0, "train": 80.0}


def _split_shares(report):
    """A share of the split said of the other part (80% for test, 20% for training)."""
    problems = []
    for sentence in _sentences(report):
        if not re.search(r"split|test_size|rows|data", sentence, re.IGNORECASE):
            continue
        for match in SPLIT_SHARE.finditer(sentence):
            figure, pct = match.groups()
            value = float(figure) if pct else 100 * float(figure)
            if not pct and float(figure) >= 1:
                continue  # a count or a line number, not a share
            low = max([0, *(m.end() for m in CLAUSE.finditer(sentence, 0, match.start()))])
            found = CLAUSE.search(sentence, match.end())
            clause = sentence[low: found.start() if found else len(sentence)]
            test, train = TEST_WORDS.search(clause), TRAIN_WORDS.search(clause)
            said = "test" if test and not train else "train" if train and not test else None
            other = "train" if said == "test" else "test"
            if said and abs(value - SPLIT_SHARES[other]) < 0.5:
                problems.append(f"“{clause.strip()}”: test_size=0.2 holds out 20% of the rows "
                                "for the test set and trains on the other 80%")
    return problems


def check(report):
    """Each line number is said with what that line does, each figure with what it is,
    and the threshold chosen on the test set is under Blocking."""
    text = " ".join(report.split())
    blocking = _section(report, "Blocking")
    where = None
    if blocking is not None and not THRESHOLD_ON_TEST.search(" ".join(blocking.split())):
        where = ("the threshold chosen on the test set is not under Blocking: while it stays, "
                 "the launch doc's precision and recall are optimistic, so it blocks the merge")
    lines, figures = _lines(report), _figures(text)
    figures += [f"“{s[:80]}”: tp + fn counts the fraud in the test set; when nothing is "
                "flagged it is tp + fp, precision's denominator, that is 0"
                for s in _sentences(report) if DENOMINATOR_MIXUP.search(s)
                and NOTHING_FLAGGED.search(s)]
    figures += _split_shares(report)
    return {
        "each line number is said with what that line does": "; ".join(lines[:3]) or None,
        "each figure is what it is said to be": "; ".join(figures[:3]) or None,
        "the threshold chosen on the test set blocks the merge": where,
    }
