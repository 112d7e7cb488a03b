# expect: return two numbers: the fraction moved and the mean change
# Returns the mask of moved pixels instead of the fraction: the checks must say so, not
# fail while comparing.
import numpy as np


def motion_score(prev, cur, threshold):
    change = np.abs(cur.astype(np.int16) - prev)
    return change > threshold, float(change.mean())
