# expect: upside down
# The ratio (1 - p)/p turned over. Before the fix it got only a point where it differs.
ANSWER = "x**2*p/(1 - p)"
