# The first n, among 1..19999, whose standard error is within the target: a NumPy
# integer.
import numpy as np

n = np.arange(1, 20_000)
ANSWER = n[np.sqrt(0.93 * 0.07 / n) <= 0.003][0]
