# x^2 * sigma'(wx) with ^ for powers, implicit products, and sigma - sigma^2 for
# sigma*(1 - sigma).
ANSWER = "x^2 (1/(1 + exp(-w x)) - 1/(1 + exp(-w x))^2)"
