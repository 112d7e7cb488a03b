import math

from mldojo.grading.casekit import Case, read_number

N, ALPHA = 20, 0.05
AT_LEAST_ONE = 1 - (1 - ALPHA) ** N

# The values the usual mistakes give, with what to say about each; none states the answer.
MISTAKES = [
    (
        N * ALPHA,
        "that adds the 20 probabilities. Adding is only right for events that "
        "cannot happen together; false alarms on two metrics can, so the sum counts the "
        "overlaps twice (it would reach 1 here, a certain false alarm). Use the complement: "
        "1 - P(no metric is significant)",
    ),
    (
        (1 - ALPHA) ** N,
        "that is P(no metric is significant): every test stays quiet. The "
        "question asks for the complement",
    ),
    (ALPHA, "that is the false-alarm rate of one test; with 20 tests there are 20 chances"),
    (ALPHA**N, "that is P(all 20 metrics are significant), not P(at least one)"),
    (
        1 - ALPHA**N,
        "that is 1 - P(all 20 are significant); 'at least one' is the "
        "complement of 'none', and 'none' means every test stays quiet, with probability "
        "1 - alpha each",
    ),
    (AT_LEAST_ONE * 100, "that looks like a percentage: give a probability between 0 and 1"),
    (1 - (1 - ALPHA) ** (N - 1), "that uses 19 tests; there are 20 metrics"),
    (
        1 - math.exp(-N * ALPHA),
        "that is the Poisson approximation 1 - exp(-n * alpha), "
        "close but not exact; with independent tests the exact value needs no approximation: "
        "1 - P(every test stays quiet)",
    ),
    (
        1 - (1 - ALPHA / 2) ** N,
        "that tests each metric at alpha / 2 = 0.025, as if 0.05 were "
        "one tail of a two-sided test; alpha = 0.05 is already the whole chance that one test "
        "says 'significant' when nothing changed, both tails together",
    ),
    (
        1 - (1 - ALPHA / N) ** N,
        "that is the chance after a Bonferroni correction, with each "
        "metric tested at alpha / 20; the question asks about the tests as they are run, each "
        "at alpha = 0.05",
    ),
    (
        N * ALPHA * (1 - ALPHA) ** (N - 1),
        "that is P(exactly one metric is significant), "
        "20 * 0.05 * 0.95**19; 'at least one' also counts two, three or more false alarms: "
        "take the complement of 'none', 1 - P(every test stays quiet)",
    ),
]


def cases(rng):
    return [Case("ANSWER = P(at least one false alarm)", atol=1e-3, rtol=0.0)]


def compare(case, expected, got):
    value, problem = read_number(got, what="P(at least one metric is significant)")
    if problem:
        return problem
    if abs(value - expected) <= case.atol:
        return None
    # Two mistakes can give the same number (20 * 0.05 and 1 - 0.05**20 are both 1.0):
    # name every one that fits, so that neither is told it made the other.
    matches = [
        advice for wrong, advice in MISTAKES if abs(value - wrong) <= max(5e-4, 1e-3 * abs(wrong))
    ]
    if len(matches) == 1:
        return f"ANSWER = {value:g} is not P(at least one false alarm): {matches[0]}"
    if matches:
        return (
            f"ANSWER = {value:g} is not P(at least one false alarm); two usual mistakes "
            "give this number. Either " + ". Or ".join(matches)
        )
    if abs(value - expected) <= 1e-2:
        return (
            f"ANSWER = {value:g} is close but outside the tolerance of 0.001: keep at "
            "least three decimals, or compute it in code"
        )
    if 1.0 < value <= 100.0 and abs(value / 100 - expected) <= 5e-3:
        return (
            f"ANSWER = {value:g} looks like a percentage: give a probability between 0 "
            "and 1, with at least three decimals"
        )
    if not 0.0 <= value <= 1.0:
        return f"ANSWER = {value:g} is not a probability: it must lie between 0 and 1"
    return (
        f"ANSWER = {value:g} is not P(at least one false alarm): find the probability "
        "that all 20 independent tests stay quiet, then take its complement"
    )
