"""The numbers a report may compute from the session: expected counts and shares."""

ROWS, POSITIVES, TEST_SIZE = 10_000, 200, 0.2
TOY_ROWS, TOY_POSITIVES, TOY_TEST_SIZE = 10, 2, 0.5

FACTS = {
    "positive_share": POSITIVES / ROWS,  # 2%
    "negative_share": 1 - POSITIVES / ROWS,
    "test_rows": ROWS * TEST_SIZE,
    "train_rows": ROWS * (1 - TEST_SIZE),
    "expected_test_positives": POSITIVES * TEST_SIZE,  # 40
    "expected_train_positives": POSITIVES * (1 - TEST_SIZE),  # 160
    "expected_test_negatives": (ROWS - POSITIVES) * TEST_SIZE,
    "expected_train_negatives": (ROWS - POSITIVES) * (1 - TEST_SIZE),
    "train_share": 1 - TEST_SIZE,
    "toy_expected_test_positives": TOY_POSITIVES * TOY_TEST_SIZE,  # 1 in each half
    "toy_positive_share": TOY_POSITIVES / TOY_ROWS,
    "toy_half": TOY_ROWS * TOY_TEST_SIZE,
    "actual_test_positive_share": 0.0,
}
