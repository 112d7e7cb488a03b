# expect: array of shape \(1,\) holding one value .*, not a number: take the value out
# The right F1, left inside a one-element array. Before the fix it was told to write a
# plain number "without quotes".
import numpy as np

ANSWER = np.array([2 * 126 / (2 * 126 + 294 + 74)])
