"""`collections.deque(maxlen=window)` is the window: appending to a full deque
drops the oldest value in O(1), so eviction needs no code at all. `mean()` and
`max()` then scan at most `window` values, which is plenty for a dashboard.

When queries are as frequent as pushes and the window is large, both can be made
O(1): keep a running sum (add the new value, subtract the evicted one; re-sum
now and then, because floating-point errors accumulate), and for the max keep a
*monotonic deque* of candidates in decreasing order, popping from the back every
value smaller than the new one, and from the front the value that left the window.

The common wrong approach keeps a single `self.best` updated on push: it is
right until the maximum leaves the window, and then it reports a value that is
no longer there. Another is a plain list with `pop(0)`, which is O(window) per
push; and `if not self.values: return None` must come before dividing by the
length.
"""

from collections import deque


class RollingStats:
    def __init__(self, window: int) -> None:
        self.values: deque[float] = deque(maxlen=window)

    def push(self, x: float) -> None:
        self.values.append(x)

    def mean(self) -> float | None:
        if not self.values:
            return None
        return sum(self.values) / len(self.values)

    def max(self) -> float | None:
        return max(self.values) if self.values else None
