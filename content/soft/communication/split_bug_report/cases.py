"""The numbers a report may compute from the session: expected counts and shares, each
with the words that say what it is (an expected count next to the split it belongs to)."""

from mldojo.grading.casekit import Fact

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
    "actual_test_positives": Fact(0, r"test|none|\bno\b|zero"),
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
    "label_0": Fact(0, LABEL, what="a label"),
    "label_1": Fact(1, LABEL, what="a label"),
    "seed_0": Fact(0, r"seed|random_state", what="a seed"),
    "seed_1": Fact(1, r"seed|random_state", what="a seed"),
    "whole_frame": Fact(1, r"frac", what="the fraction sampled"),
    "tail": Fact(3, r"tail|last", what="the rows shown by tail"),
}
STATEMENT_NUMBERS = False  # every number a report may state is above, with its words
