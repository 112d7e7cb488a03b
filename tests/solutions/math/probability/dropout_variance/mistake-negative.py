# expect: a variance is never negative
# E[Y]^2 - E[Y^2], the two moments swapped. Before the fix it got only a point where it
# differs.
ANSWER = "x**2 - x**2/p"
