"""Numbers a review may compute from the pull request and the statement, each with the
words that say what it is: a line number counts only next to what that line does, so
"line 25 picks the threshold" fails where line 24 does it."""

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
