"""The usual wrong second derivatives of the logistic loss, each with what it gets wrong."""

MISTAKES = [
    (
        "exp(w*x)/(1 + exp(w*x))**2",
        "that is sigma'(u) at u = w*x without the chain rule's factors: each derivative with "
        "respect to w brings a factor x, so the second derivative has the factor x**2",
    ),
    (
        "x*exp(w*x)/(1 + exp(w*x))**2",
        "only one factor x: the first derivative brought one, and differentiating "
        "sigma(w*x) again brings a second, so the factor is x**2",
    ),
    (
        "x*exp(w*x)/(1 + exp(w*x)) - x*y",
        "that is the first derivative, x*(sigma(w*x) - y); differentiate it once more",
    ),
    (
        "x**2*exp(w*x)/(1 + exp(w*x))**2 - x*y",
        "the term y*w*x is linear in w, so its second derivative is 0: no y remains",
    ),
    (
        "x**2*exp(w*x)/(1 + exp(w*x))",
        "the denominator is squared in sigma'(u) = exp(u)/(1 + exp(u))**2",
    ),
    (
        "-x**2*exp(w*x)/(1 + exp(w*x))**2",
        "a minus sign too many: sigma only increases, so sigma'(u) = exp(u)/(1 + exp(u))**2 "
        "is positive, and x**2 is too: the curvature is never negative",
    ),
    (
        "x**2*y*(1 - y)",
        "y is the label, not the model's probability: the curvature is x**2 * p*(1 - p) with "
        "p = sigma(w*x), written out with exp; the label drops out of the second derivative",
    ),
    (
        "x**2*exp(w*x)/(1 + exp(w*x)**2)",
        "the square covers only exp(w*x): sigma'(u) = exp(u)/(1 + exp(u))**2, with the sum "
        "1 + exp(u) in its own brackets before it is squared",
    ),
    (
        "x**2/(1 + exp(-w*x))**2",
        "that is x**2 * sigma(w*x)**2; sigma'(u) is sigma(u)*(1 - sigma(u)), and "
        "1 - sigma(u) = 1/(1 + exp(u)) is not sigma(u) again",
    ),
    (
        "w**2*exp(w*x)/(1 + exp(w*x))**2",
        "that has w**2, the factor of a derivative with respect to x; each derivative with "
        "respect to the weight w brings the input x, so the factor is x**2",
    ),
    (
        "x*exp(w*x)/(1 + exp(w*x))",
        "that is the first derivative of log(1 + exp(w*x)), x*sigma(w*x); differentiate once "
        "more (the label term y*w*x is linear and vanishes)",
    ),
]
