# expect: mean is not squared
# E[Y^2] - E[Y] in place of E[Y^2] - E[Y]^2. Before the fix it got only a point where it
# differs.
ANSWER = "x**2/p - x"
