import math

from mldojo.grading.casekit import Case, read_number

TP, FN, FP, TN = 126, 74, 294, 19_506
TOTAL = TP + FN + FP + TN
PRECISION = TP / (TP + FP)
RECALL = TP / (TP + FN)
F1 = 2 * PRECISION * RECALL / (PRECISION + RECALL)
SPECIFICITY = TN / (TN + FP)
F1_LEGIT = 2 * TN / (2 * TN + FN + FP)
F1_WEIGHTED = (F1 * (TP + FN) + F1_LEGIT * (TN + FP)) / TOTAL  # average="weighted"

# A correctly rounded three-decimal answer is within 0.0005 of F1; the tiny extra
# keeps a rounding that lands exactly on the boundary from failing on a float.
TOLERANCE = 5e-4 + 1e-9

# Values that the usual mistakes produce, with what to say about each. None of the
# messages states the answer.
MISTAKES = [
    (
        (TP + TN) / TOTAL,
        "that is the accuracy, (TP + TN) / all, which is also what "
        "f1_score(..., average='micro') gives for two classes. With 99% of transactions "
        "legitimate, a model that flags nothing scores 0.99 on it; the F1 of the fraud class "
        "leaves the true negatives out",
    ),
    (
        PRECISION,
        "that is the precision, TP / (TP + FP): one of F1's two ingredients. "
        "Combine it with the recall",
    ),
    (
        RECALL,
        "that is the recall, TP / (TP + FN): one of F1's two ingredients. "
        "Combine it with the precision",
    ),
    (
        (PRECISION + RECALL) / 2,
        "that is the arithmetic mean of precision and recall. F1 "
        "is their harmonic mean, 2PR / (P + R), which is pulled toward the smaller of the two",
    ),
    (
        math.sqrt(PRECISION * RECALL),
        "that is the geometric mean of precision and recall. "
        "F1 is their harmonic mean, 2PR / (P + R)",
    ),
    (PRECISION * RECALL / (PRECISION + RECALL), "the factor 2 is missing: F1 = 2PR / (P + R)"),
    (
        TP / (TP + FP + FN),
        "that is TP / (TP + FP + FN), the Jaccard index (IoU). F1 counts the "
        "true positives twice: 2TP / (2TP + FP + FN)",
    ),
    (
        F1_LEGIT,
        "that is the F1 of the legitimate class. The positive class is fraud, the "
        "rare class the model is meant to find: the flags are its positive predictions",
    ),
    (
        F1_WEIGHTED,
        "that is the weighted average of both classes' F1 (scikit-learn's "
        "average='weighted'), dominated by the 19,800 legitimate transactions. The question asks "
        "for the F1 of the fraud class alone, with fraud as the positive class",
    ),
    (
        (F1 + F1_LEGIT) / 2,
        "that is the macro average of both classes' F1. The question asks "
        "for the F1 of the fraud class alone",
    ),
    (
        SPECIFICITY,
        "that is the specificity, TN / (TN + FP), the share of legitimate "
        "transactions left alone. F1 is about the fraud class",
    ),
    (
        (RECALL + SPECIFICITY) / 2,
        "that is the balanced accuracy, the mean of recall and "
        "specificity. F1 combines recall with precision",
    ),
    (FP / (TN + FP), "that is the false-positive rate, FP / (FP + TN)"),
]


def cases(rng):
    return [Case("ANSWER = F1 score of the fraud class", atol=TOLERANCE, rtol=0.0)]


def _nearest_mistake(value):
    """The advice for the mistake closest to `value`, if it is close to one. Where a
    rounded value is about as close to a second one (the specificity, 0.9852, and the
    weighted F1, 0.9848, both round to 0.985), both are named."""
    near = sorted(
        (abs(value - wrong), advice)
        for wrong, advice in MISTAKES
        if abs(value - wrong) <= max(6e-4, 5e-3 * abs(wrong))
    )
    if not near:
        return None
    if len(near) > 1 and near[1][0] <= 2 * near[0][0] + 1e-6:
        return f"it is either of two usual mistakes. Either {near[0][1]}. Or {near[1][1]}"
    return near[0][1]


def compare(case, expected, got):
    if type(got).__module__ == "numpy" and getattr(got, "size", 1) > 1:
        return (
            f"ANSWER holds {got.size} numbers, not one: f1_score(..., average=None) gives "
            "the F1 of every class, in the order of the sorted labels; set ANSWER to the "
            "fraud class's F1 alone"
        )
    value, problem = read_number(got, what="the F1 score of the fraud class")
    if problem:
        return problem
    if abs(value - expected) <= case.atol:
        return None
    advice = _nearest_mistake(value)
    if advice:
        return f"ANSWER = {value:g} is not the F1 score: {advice}"
    if 1.0 < value <= 100.0:
        if abs(value / 100 - expected) <= 5e-3:
            return (
                f"ANSWER = {value:g} looks like F1 as a percentage: give it as a fraction "
                "between 0 and 1, with at least three decimals"
            )
        advice = _nearest_mistake(value / 100)
        if advice:
            return (
                f"ANSWER = {value:g} looks like a percentage (give a fraction between 0 "
                f"and 1), and it is not the F1 score: {advice}"
            )
    if abs(value - expected) <= 1e-2:
        return (
            f"ANSWER = {value:g} is close but outside the tolerance of 0.0005: give at "
            "least three correctly rounded decimals, or compute it in code"
        )
    if not 0.0 <= value <= 1.0:
        return f"ANSWER = {value:g} cannot be an F1 score: F1 lies between 0 and 1"
    return (
        f"ANSWER = {value:g} is not the F1 score of the fraud class: with fraud as the "
        "positive class, find TP, FP and FN in the table, then compute precision "
        "TP / (TP + FP), recall TP / (TP + FN), and their harmonic mean 2PR / (P + R)"
    )
