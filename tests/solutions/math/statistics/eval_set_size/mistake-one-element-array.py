# expect: array of shape \(1,\), not a number
# The bound computed on a one-element array and rounded up with np.ceil: the right count,
# still inside an array. Before the fix it was told to write an integer "without quotes".
import numpy as np

ANSWER = np.ceil(np.array([0.93 * 0.07 / 0.003**2]))
