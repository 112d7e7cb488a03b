"""The usual wrong derivatives of the sigmoid, each with what it gets wrong."""

MISTAKES = [
    ("-exp(-z)/(1 + exp(-z))**2",
     "a minus sign too many: the sigmoid only increases, so its derivative is positive; "
     "the inner derivative of exp(-z) is -exp(-z), and it cancels the minus of d/du u**-1"),
    ("exp(-z)/(1 + exp(-z))",
     "the denominator is not squared: d/du u**-1 = -u**-2"),
    ("-1/(1 + exp(-z))**2",
     "the inner derivative u' = -exp(-z) is missing: by the chain rule sigma' = -u**-2 * u'"),
    ("1/(1 + exp(-z))**2",
     "the inner derivative u' = -exp(-z) is missing (and its sign): by the chain rule "
     "sigma' = -u**-2 * u'"),
    ("1/(1 + exp(-z))*(1 + 1/(1 + exp(-z)))",
     "that is sigma*(1 + sigma); the derivative is sigma*(1 - sigma)"),
]
