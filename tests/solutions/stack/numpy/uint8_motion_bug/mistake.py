# expect: wraps around|int16
import numpy as np


def motion_score(prev, cur, threshold):
    # Converts after subtracting: the wraparound has already happened.
    change = np.abs(cur - prev).astype(np.int16)
    moved = change > threshold
    return float(moved.mean()), float(change.mean())
