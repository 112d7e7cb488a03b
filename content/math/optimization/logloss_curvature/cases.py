"""The usual wrong second derivatives of the logistic loss, each with what it gets wrong."""

MISTAKES = [
    ("exp(w*x)/(1 + exp(w*x))**2",
     "that is sigma'(u) at u = w*x without the chain rule's factors: each derivative with "
     "respect to w brings a factor x, so the second derivative has the factor x**2"),
    ("x*exp(w*x)/(1 + exp(w*x))**2",
     "only one factor x: the first derivative brought one, and differentiating "
     "sigma(w*x) again brings a second, so the factor is x**2"),
    ("x*exp(w*x)/(1 + exp(w*x)) - x*y",
     "that is the first derivative, x*(sigma(w*x) - y); differentiate it once more"),
    ("x**2*exp(w*x)/(1 + exp(w*x))**2 - x*y",
     "the term y*w*x is linear in w, so its second derivative is 0: no y remains"),
    ("x**2*exp(w*x)/(1 + exp(w*x))",
     "the denominator is squared in sigma'(u) = exp(u)/(1 + exp(u))**2"),
]
