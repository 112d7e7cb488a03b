# expect: write\(.*\) should raise ValueError here, but it returned normally
# Stores whatever value comes: a NaN then sits in the store and poisons every read.
import math
from bisect import bisect_left, bisect_right


class FeatureStore:
    def __init__(self, ttl: dict[str, int]) -> None:
        self.ttl = dict(ttl)
        self.data: dict[str, dict[str, tuple[list[int], list[float]]]] = {}

    def write(self, entity: str, feature: str, value: float, ts: int) -> None:
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
