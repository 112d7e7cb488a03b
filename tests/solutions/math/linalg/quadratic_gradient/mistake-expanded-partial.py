# expect: -2\*y lost its factor x
# Expanded, with the factor x forgotten on the last term. Before the fix it got only a
# point where it differs.
ANSWER = "2*w*x**2 + 2*b*x - 2*y"
