# expect: E\[Y\^2\] lost its factor p
# E[Y^2] taken as (x/p)**2, as if B were always 1, so Var = x**2/p**2 - x**2. Before the
# fix it got only a point where it differs.
ANSWER = "x**2/p**2 - x**2"
