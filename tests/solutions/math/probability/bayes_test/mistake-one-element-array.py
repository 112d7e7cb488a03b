# expect: array of shape \(1,\) holding one value \(0\.26\d*\), not a number: take the value out
# The right probability, computed on one-element arrays and left in one. It used to be
# told to write "a plain number without quotes", which it already was, inside an array.
import numpy as np

prevalence = np.array([0.02])
sensitivity, specificity = 0.90, 0.95
flags = sensitivity * prevalence + (1 - specificity) * (1 - prevalence)
ANSWER = sensitivity * prevalence / flags
