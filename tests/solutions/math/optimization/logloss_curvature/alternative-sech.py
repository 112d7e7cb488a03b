# sigma'(u) = sech(u/2)**2 / 4, times the x**2 of the chain rule.
ANSWER = "x**2*sech(w*x/2)**2/4"
