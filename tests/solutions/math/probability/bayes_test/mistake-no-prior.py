# expect: leaves out the prior
# Bayes without the base rate: sensitivity against the false-positive rate, as if
# fraud and legitimate transactions were equally common (before the fix, this got
# the message for the specificity, 0.95, which lies close to 0.947).
sensitivity = 0.90
false_positive_rate = 1 - 0.95
ANSWER = sensitivity / (sensitivity + false_positive_rate)
