from bisect import bisect_right


class FeatureStore:
    """A dict of {ts: value} per (entity, feature); the sorted timestamps are rebuilt
    only when a new ts arrives, so a correction is a plain dict assignment."""

    def __init__(self, ttl):
        self.ttl = dict(ttl)
        self.values = {}  # (entity, feature) -> {ts: value}
        self.times = {}  # (entity, feature) -> sorted list of ts, or None when stale

    def write(self, entity, feature, value, ts):
        if value != value or abs(value) == float("inf"):
            raise ValueError("feature values must be finite")
        key = (entity, feature)
        history = self.values.setdefault(key, {})
        if ts not in history:
            self.times[key] = None
        history[ts] = value

    def _sorted_times(self, key):
        if self.times.get(key) is None:
            self.times[key] = sorted(self.values.get(key, {}))
        return self.times[key]

    def read(self, entity, features, at):
        result = []
        for feature in features:
            key = (entity, feature)
            times = self._sorted_times(key)
            i = bisect_right(times, at)
            if i == 0:
                result.append(None)
                continue
            ts = times[i - 1]
            max_age = self.ttl.get(feature)
            result.append(self.values[key][ts] if max_age is None or at - ts <= max_age else None)
        return result

    def delete_entity(self, entity):
        keys = [key for key in self.values if key[0] == entity]
        removed = 0
        for key in keys:
            removed += len(self.values.pop(key))
            self.times.pop(key, None)
        return removed

    def count(self):
        return sum(map(len, self.values.values()))
