"""The usual wrong derivatives of the sigmoid, each with what it gets wrong."""

MISTAKES = [
    (
        "-exp(-z)/(1 + exp(-z))**2",
        "a minus sign too many: the sigmoid only increases, so its derivative is positive; "
        "the inner derivative of exp(-z) is -exp(-z), and it cancels the minus of d/du u**-1",
    ),
    ("exp(-z)/(1 + exp(-z))", "the denominator is not squared: d/du u**-1 = -u**-2"),
    (
        "-1/(1 + exp(-z))**2",
        "the inner derivative u' = -exp(-z) is missing: by the chain rule sigma' = -u**-2 * u'",
    ),
    (
        "1/(1 + exp(-z))**2",
        "that is sigma(z)**2. Either the inner derivative u' = -exp(-z) is missing (and its "
        "sign): by the chain rule sigma' = -u**-2 * u'. Or, written as sigma*(1 - sigma), the "
        "factor 1 - sigma went wrong: 1 - sigma(z) = exp(-z)/(1 + exp(-z)) = 1/(1 + exp(z)), "
        "so 1 - 1/(1 + exp(z)) is sigma itself",
    ),
    (
        "1/(1 + exp(-z))*(1 + 1/(1 + exp(-z)))",
        "that is sigma*(1 + sigma); the derivative is sigma*(1 - sigma)",
    ),
    (
        "exp(-z)/(1 + exp(-z)**2)",
        "the square covers only exp(-z): the denominator is u**2 with u = 1 + exp(-z), so the "
        "sum needs its own brackets, (1 + exp(-z))**2",
    ),
    (
        "exp(z)/(1 + exp(-z))**2",
        "the exponents do not match: u' = -exp(-z) puts exp(-z) in the numerator over "
        "(1 + exp(-z))**2 (or, multiplying above and below by exp(2z), exp(z) over "
        "(1 + exp(z))**2)",
    ),
    (
        "1/(1 + exp(-z))",
        "that is sigma(z) itself; differentiate it: with u = 1 + exp(-z), sigma' = -u**-2 * u'",
    ),
    (
        "1 - 1/(1 + exp(-z))**2",
        "that is 1 - sigma**2, the shape of tanh's derivative (1 - tanh**2); the sigmoid's is "
        "sigma*(1 - sigma) = sigma - sigma**2",
    ),
    (
        "(1 - tanh(z)**2)/4",
        "tanh's argument is off: sigma(z) = (1 + tanh(z/2))/2, so "
        "sigma'(z) = (1 - tanh(z/2)**2)/4, with z/2",
    ),
    (
        "1 - tanh(z/2)**2",
        "the factor 1/4 is missing: sigma(z) = (1 + tanh(z/2))/2, and both the 1/2 in front and "
        "the inner z/2 bring a factor 1/2, so sigma'(z) = (1 - tanh(z/2)**2)/4",
    ),
]
