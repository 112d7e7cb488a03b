# expect: exactly equal to the threshold does not count: [^\n]*greater than the threshold, not equal
# The wraparound is fixed, but changes equal to the threshold are counted as motion (>=
# instead of >); it was once diagnosed as an int8 conversion.
import numpy as np


def motion_score(prev, cur, threshold):
    d = np.abs(cur.astype(int) - prev)
    return float((d >= threshold).mean()), float(d.mean())
