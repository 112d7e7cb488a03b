import math

from mldojo.grading.casekit import Case

P, SE = 0.93, 0.003
VAR = P * (1 - P)
N = math.ceil(VAR / SE**2)

MISTAKES = [
    (VAR / SE**2, "that is the exact bound, not a whole number of examples: round it up"),
    (
        N - 1,
        "the standard error at this n is above 0.003: round the bound up, not to the "
        "nearest integer",
    ),
    (
        math.ceil(VAR / SE),
        "that divides p(1 - p) by the standard error itself; the "
        "standard error is sqrt(p(1 - p) / n), so square both sides: n >= p(1 - p) / se^2",
    ),
    (
        math.ceil(math.sqrt(VAR) / SE),
        "that solves sqrt(p(1 - p)) / n <= se; the square "
        "root covers the whole variance p(1 - p) / n, so n >= p(1 - p) / se^2",
    ),
    (
        math.ceil(1.96**2 * VAR / SE**2),
        "that makes the half-width of a 95% interval "
        "(1.96 standard errors) equal to 0.003; the question asks for the standard error "
        "itself to be at most 0.003",
    ),
    (
        math.ceil(1.645**2 * VAR / SE**2),
        "that makes a one-sided 95% margin (1.645 standard "
        "errors) equal to 0.003; the question asks for the standard error itself to be at most "
        "0.003",
    ),
    (
        math.ceil(2**2 * VAR / SE**2),
        "that makes two standard errors (a rough 95% interval's "
        "half-width) equal to 0.003; the question asks for the standard error itself to be at "
        "most 0.003",
    ),
    (
        math.ceil(0.25 / SE**2),
        "that uses the worst case p = 0.5; the statement asks you to use p = 0.93",
    ),
    (math.ceil(P / SE**2), "the variance of a Bernoulli(p) variable is p(1 - p), not p"),
    (math.ceil((1 - P) / SE**2), "the variance of a Bernoulli(p) variable is p(1 - p), not 1 - p"),
    (
        N + 1,
        "either the variance was divided by n - 1, as in a sample variance, where the "
        "variance of the mean of n independent examples is p(1 - p) / n; or the bound was "
        "not simply rounded up",
    ),
    (
        math.ceil(VAR / 0.3**2),
        "that is the n for a standard error of 0.3; 0.3 percentage points "
        "is 0.003 as a fraction, on the same scale as p = 0.93",
    ),
    (
        math.ceil(VAR / 0.03**2),
        "that is the n for a standard error of 0.03 (3 percentage "
        "points); 0.3 percentage points is 0.003 as a fraction",
    ),
    (
        math.ceil(93 * 7 / SE**2),
        "that mixes units: p(1 - p) in percent (93 * 7) with the "
        "standard error as a fraction (0.003); use fractions for both",
    ),
]


def cases(rng):
    return [Case("ANSWER = the smallest n", rtol=0.0, atol=1e-9)]


def compare(case, expected, got):
    if got is None:
        return "ANSWER is still None: set it to the number of test examples, an integer"
    if isinstance(got, bool) or not isinstance(got, int | float):
        try:
            if isinstance(got, bool | str | bytes | complex):  # float("7234") would accept a string
                raise TypeError
            got = float(got)  # NumPy scalars
        except (TypeError, ValueError):
            shape = getattr(got, "shape", None)
            if shape is not None and getattr(got, "size", 0) == 1:
                return (
                    f"ANSWER is an array of shape {tuple(shape)}, not a number: take its one "
                    "value out, with int(...) or .item()"
                )
            return (
                f"ANSWER must be a number of examples, not a {type(got).__name__}; write "
                "a plain integer without quotes"
            )
    value = float(got)
    if math.isnan(value):
        return "ANSWER is NaN: check the formula"
    if value == expected:
        return None
    for wrong, advice in MISTAKES:
        tol = 0.05 if wrong != int(wrong) else max(0.5, 1e-4 * abs(wrong))
        if abs(wrong - expected) <= 2 and not value.is_integer():
            continue  # 7234.33 is not a whole number, whichever whole number is near it
        if abs(value - wrong) <= tol:
            return f"ANSWER = {value:g} is not the smallest n: {advice}"
    if math.isfinite(value) and value != int(value):
        # Said before "more" or "fewer": {value:g} would print 7234.0007 as 7234.
        return (
            f"ANSWER = {value!r} is not a whole number of examples: n counts examples, "
            "so ANSWER must be an integer; the smallest one that meets the bound is the "
            "bound rounded up (math.ceil)"
        )
    if value > expected:
        return (
            f"ANSWER = {value:g} is more examples than needed: find the smallest n with "
            "sqrt(p(1 - p) / n) <= 0.003"
        )
    return (
        f"ANSWER = {value:g} is too few examples: the standard error of the mean of n "
        "Bernoulli(p) variables is sqrt(p(1 - p) / n), and it must not exceed 0.003"
    )
