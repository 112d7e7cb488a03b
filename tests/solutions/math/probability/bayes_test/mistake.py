# expect: that is the sensitivity
# P(flagged | fraud) mistaken for P(fraud | flagged): the base rate is ignored.
ANSWER = 0.90
