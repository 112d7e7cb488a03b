"""Outer function log(u) has derivative 1/u; the inner u = 1 + exp(3x) has derivative
3*exp(3x), whose own inner factor 3 comes from the chain rule once more. The usual
mistakes drop that 3, or stop at 1/(1 + exp(3x)). The same value can be written as
3*sigmoid(3x) = 3/(1 + exp(-3x)), which is how softplus layers compute it stably.
"""

ANSWER = "3*exp(3*x)/(1 + exp(3*x))"
