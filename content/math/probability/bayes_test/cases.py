
from mldojo.grading.casekit import Case, read_number

PREVALENCE, SENSITIVITY, SPECIFICITY = 0.02, 0.90, 0.95
TRUE_FLAGS = SENSITIVITY * PREVALENCE                    # P(fraud and flagged)
FALSE_FLAGS = (1 - SPECIFICITY) * (1 - PREVALENCE)       # P(legitimate and flagged)
POSTERIOR = TRUE_FLAGS / (TRUE_FLAGS + FALSE_FLAGS)

# Values that the usual mistakes produce, with what to say about each. None of the
# messages states the answer.
MISTAKES = [
    (SENSITIVITY, "that is the sensitivity, P(flagged | fraud): the probability the other "
     "way round. Bayes' theorem turns it around, and the 2% base rate must enter"),
    (SPECIFICITY, "that is the specificity, P(not flagged | legitimate); the question is "
     "P(fraud | flagged)"),
    (POSTERIOR * 100, "that looks like a percentage: give a probability between 0 and 1"),
    (TRUE_FLAGS, "that is P(fraud and flagged), the numerator: divide it by P(flagged), the "
     "probability that any transaction is flagged"),
    (TRUE_FLAGS + FALSE_FLAGS, "that is P(flagged), the denominator: the share of all "
     "transactions that are flagged. Divide the fraud-and-flagged share by it"),
    (1 - POSTERIOR, "that is P(legitimate | flagged), the complement of what is asked"),
    (TRUE_FLAGS / (TRUE_FLAGS + 1 - SPECIFICITY), "the false positives come only from the "
     "98% of transactions that are legitimate: multiply 1 - specificity by 1 - prevalence"),
    (PREVALENCE, "that is the prior, P(fraud), before the flag is seen: the flag should "
     "change it"),
    (1 - SPECIFICITY, "that is the false-positive rate, P(flagged | legitimate)"),
    (SENSITIVITY / (SENSITIVITY + 1 - SPECIFICITY), "that leaves out the prior: it weighs "
     "the 90% of fraud that is flagged against the 5% of legitimate transactions that are, "
     "as if fraud and legitimate transactions were equally common. Multiply each rate by its "
     "class's share of transactions, 2% and 98%, before comparing them"),
    (SENSITIVITY * PREVALENCE / (SENSITIVITY * PREVALENCE + SPECIFICITY * (1 - PREVALENCE)),
     "the false positives are the legitimate transactions that are flagged: that is "
     "1 - specificity of them, not the specificity"),
    (TRUE_FLAGS / FALSE_FLAGS, "that is the posterior odds, P(fraud | flagged) / "
     "P(legitimate | flagged), from the odds form of Bayes' theorem; turn odds o into a "
     "probability with o / (1 + o)"),
]


def cases(rng):
    return [Case("ANSWER = P(fraud | flagged)", atol=1e-3, rtol=0.0)]


def compare(case, expected, got):
    value, problem = read_number(got, what="P(fraud | flagged)")
    if problem:
        return problem
    if abs(value - expected) <= case.atol:
        return None
    # The closest of the usual mistakes that is near the answer: the one without the
    # prior (0.947) lies near the specificity (0.95), and must not be taken for it.
    near = [(abs(value - wrong), advice) for wrong, advice in MISTAKES
            if abs(value - wrong) <= max(5e-4, 1e-2 * abs(wrong))]
    if near:
        return f"ANSWER = {value:g} is not P(fraud | flagged): {min(near)[1]}"
    if abs(value - expected) <= 1e-2:
        return (f"ANSWER = {value:g} is close but outside the tolerance of 0.001: keep at "
                "least three decimals, or compute it in code")
    if not 0.0 <= value <= 1.0:
        return f"ANSWER = {value:g} is not a probability: it must lie between 0 and 1"
    return (f"ANSWER = {value:g} is not P(fraud | flagged): split the flagged transactions "
            "into fraud that is flagged (sensitivity x prevalence) and legitimate ones that are "
            "flagged ((1 - specificity) x (1 - prevalence)); the answer is the first share "
            "over their sum")
