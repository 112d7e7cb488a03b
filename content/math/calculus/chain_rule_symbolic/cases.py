"""The usual wrong derivatives of log(1 + exp(3x)), each with what it gets wrong."""

MISTAKES = [
    (
        "exp(3*x)/(1 + exp(3*x))",
        "the factor 3 from the inner function 3x is missing: d/dx exp(3x) = 3*exp(3x), by "
        "the chain rule once more",
    ),
    (
        "1/(1 + exp(3*x))",
        "that is only the outer derivative 1/u at u = 1 + exp(3x); multiply it by u'",
    ),
    (
        "3*exp(3*x)",
        "that is u' alone, the derivative of the inner u = 1 + exp(3x); the outer log "
        "contributes 1/u",
    ),
    (
        "3/(1 + exp(3*x))",
        "the inner derivative 3*exp(3x) lost its exp(3x): d/dx exp(3x) = 3*exp(3x)",
    ),
    (
        "3*x*exp(3*x)/(1 + exp(3*x))",
        "d/dx exp(3x) is 3*exp(3x), not 3x*exp(3x): the inner function's derivative is the "
        "constant 3",
    ),
    (
        "3*exp(3*x)/((1 + exp(3*x))*log(10))",
        "that treats log as the base-10 logarithm; here, as everywhere in ML maths, log is the "
        "natural logarithm, whose derivative is 1/u with no factor 1/ln(10)",
    ),
    (
        "3*exp(3*x)/(1 + exp(3*x))**2",
        "the denominator is squared: d/du log(u) = 1/u, so 1 + exp(3x) appears once; a "
        "squared denominator belongs to the sigmoid's derivative, one step further",
    ),
    (
        "log(1 + exp(3*x))",
        "that is f itself; differentiate it: the outer log gives 1/u, times u' = 3*exp(3x)",
    ),
    (
        "3/(1 + exp(-x))",
        "that is 3*sigmoid(x); f'(x) = 3*sigmoid(3x): the 3 of the inner function stays "
        "inside the sigmoid too, as in 3/(1 + exp(-3*x))",
    ),
    (
        "exp(3*x)/(3*(1 + exp(3*x)))",
        "the factor 3 divides where it should multiply: exp(3x)/3 is the antiderivative of "
        "exp(3x), while its derivative is 3*exp(3x)",
    ),
]
