# float32 holds the integer changes exactly; the mean, accumulated in float32, is off by
# about 1e-7 of itself, within the stated tolerance.
import numpy as np


def motion_score(prev, cur, threshold):
    change = np.abs(cur.astype(np.float32) - prev.astype(np.float32))
    moved = change > threshold
    return float(moved.mean()), float(change.mean())
