# expect: a stored 0\.0 \(or a negative value\) was read as missing
import math
from bisect import bisect_left, bisect_right


class FeatureStore:
    def __init__(self, ttl):
        self.ttl = dict(ttl)
        self.data = {}

    def write(self, entity, feature, value, ts):
        if not math.isfinite(value):
            raise ValueError("not finite")
        times, values = self.data.setdefault(entity, {}).setdefault(feature, ([], []))
        i = bisect_left(times, ts)
        if i < len(times) and times[i] == ts:
            values[i] = value
        else:
            times.insert(i, ts)
            values.insert(i, value)

    def read(self, entity, features, at):
        found = []
        for feature in features:
            times, values = self.data.get(entity, {}).get(feature, ([], []))
            i = bisect_right(times, at) - 1
            fresh = i >= 0 and (feature not in self.ttl or at - times[i] <= self.ttl[feature])
            found.append(values[i] if fresh and values[i] else None)
        return found

    def delete_entity(self, entity):
        removed = self.data.pop(entity, {})
        return sum(len(times) for times, _ in removed.values())

    def count(self):
        return sum(len(t) for feats in self.data.values() for t, _ in feats.values())
