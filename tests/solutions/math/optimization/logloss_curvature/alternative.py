# x^2 * sigma(wx) * (1 - sigma(wx)), with sigma(u) = 1/(1 + exp(-u)).
ANSWER = "x**2 / ((1 + exp(-w*x)) * (1 + exp(w*x)))"
