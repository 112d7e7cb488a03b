# expect: 1 - P\(all 20 are significant\)
# The complement of the wrong event: 1 - P(all 20 significant). In floating point it
# is exactly 1.0, the same as the sum 20 * 0.05, and before the fix it was only told
# that it had added the probabilities.
ANSWER = 1 - 0.05**20
