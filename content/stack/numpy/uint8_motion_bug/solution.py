"""`cur - prev` on two uint8 arrays is computed in uint8, modulo 256: a pixel that got
10 levels darker gives 246, and `np.abs` cannot undo that, because an unsigned value
is never negative. Converting one operand to a signed type wide enough for the
difference (int16 holds -255..255) makes NumPy compute in that type, and the absolute
value is then exact. The mean is computed in float64 by `np.mean` anyway.

Common wrong fixes: `np.abs(cur - prev).astype(np.int16)`, which converts after the
wraparound has happened; `cur.astype(np.int8)`, which wraps values above 127
instead; and `np.abs(cur.astype(float) - prev)`, which is correct (float64 holds
every difference exactly) but uses eight times the memory of the frames for no gain.
"""

import numpy as np


def motion_score(prev: np.ndarray, cur: np.ndarray, threshold: int) -> tuple[float, float]:
    change = np.abs(cur.astype(np.int16) - prev)
    moved = change > threshold
    return float(moved.mean()), float(change.mean())
