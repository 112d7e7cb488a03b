# expect: the differences were clipped at 0
# The wraparound is avoided, but np.clip keeps only the brightening: a pixel that got darker
# counts as no change.
import numpy as np


def motion_score(prev, cur, threshold):
    change = np.clip(cur.astype(np.int16) - prev, 0, 255)  # saturating subtract
    moved = change > threshold
    return float(moved.mean()), float(change.mean())
