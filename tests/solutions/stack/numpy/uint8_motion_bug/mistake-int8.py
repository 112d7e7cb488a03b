# expect: int8 holds only
import numpy as np
def motion_score(prev, cur, threshold):
    change = np.abs(cur.astype(np.int8) - prev.astype(np.int8))
    return float((change > threshold).mean()), float(change.mean())
