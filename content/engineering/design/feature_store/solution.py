"""Per entity, per feature, two parallel lists kept sorted by event time: the
timestamps and the values. `bisect_right(times, at) - 1` finds the last value
with `ts <= at` in O(log m); a late write goes to its place with `bisect_left`
(O(m) to shift the list, fine for the rare late write; a balanced tree or a
sorted container makes it O(log m)), and landing on an equal timestamp means a
correction, so it replaces instead of inserting. Nesting the maps under the
entity makes deletion one `pop`, which is what a deletion request needs: no
scan over the whole store.

The same `read` serves "now" (`at` = the current time) and training (`at` =
each event's time), which is the point of a feature store: one definition, so
offline and online cannot disagree. The common wrong approaches: keeping only
the latest value per key (a late write then overwrites a newer one, and history
for training is gone); returning the newest value regardless of `at` (leakage
into training sets); appending corrections instead of replacing them, so the
store grows and reads may return the value that was corrected; and testing
freshness against the time of the write's arrival instead of `at`. A write is
validated before anything is touched, so a refused NaN leaves no trace.
"""

import math
from bisect import bisect_left, bisect_right


class FeatureStore:
    def __init__(self, ttl: dict[str, int]) -> None:
        self.ttl = dict(ttl)
        self.data: dict[str, dict[str, tuple[list[int], list[float]]]] = {}

    def write(self, entity: str, feature: str, value: float, ts: int) -> None:
        if not math.isfinite(value):  # checked first: a refused write changes nothing
            raise ValueError(f"{feature} of {entity} at ts={ts}: {value} is not a finite number")
        times, values = self.data.setdefault(entity, {}).setdefault(feature, ([], []))
        i = bisect_left(times, ts)
        if i < len(times) and times[i] == ts:
            values[i] = value
        else:
            times.insert(i, ts)
            values.insert(i, value)

    def read(self, entity: str, features: list[str], at: int) -> list[float | None]:
        out = []
        for feature in features:
            times, values = self.data.get(entity, {}).get(feature, ([], []))
            i = bisect_right(times, at) - 1
            fresh = i >= 0 and (feature not in self.ttl or at - times[i] <= self.ttl[feature])
            out.append(values[i] if fresh else None)
        return out

    def delete_entity(self, entity: str) -> int:
        removed = self.data.pop(entity, {})
        return sum(len(times) for times, _ in removed.values())

    def count(self) -> int:
        return sum(len(t) for feats in self.data.values() for t, _ in feats.values())
