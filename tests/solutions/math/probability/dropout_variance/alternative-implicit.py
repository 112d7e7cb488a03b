# Var(cB) = c^2 p(1 - p) with c = x/p, written with ^ and implicit products.
ANSWER = "(x/p)^2 p(1 - p)"
