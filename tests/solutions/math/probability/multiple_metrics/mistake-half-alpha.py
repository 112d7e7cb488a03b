# expect: alpha / 2 = 0.025
# Halves alpha as if 0.05 were one tail of a two-sided test. Before the fix it got the
# generic "take the complement" message, which it had already done.
ANSWER = 1 - (1 - 0.025) ** 20
