# expect: mean was rounded to float16
# The changes are exact in float16 (integers up to 2048 are), but np.mean of a float16 array
# returns float16: the mean keeps about 3 digits.
import numpy as np


def motion_score(prev, cur, threshold):
    change = np.abs(cur.astype(np.float16) - prev.astype(np.float16))
    moved = change > threshold
    return float(moved.mean()), float(change.mean())
