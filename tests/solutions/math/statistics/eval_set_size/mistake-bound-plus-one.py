# expect: not a whole number of examples
# "One more than the bound" instead of rounding it up: 7234.33 is not a count. Before
# the fix this was told it was "more examples than needed", which sends the learner
# to look for a smaller n rather than a whole one.
p, se = 0.93, 0.003
ANSWER = p * (1 - p) / se**2 + 1
