# E[Y^2] - E[Y]^2, not simplified.
ANSWER = "p*(x/p)**2 - x**2"
