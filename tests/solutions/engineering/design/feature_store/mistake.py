# expect: only the last write of each \(entity, feature\) was kept
class FeatureStore:
    """One (ts, value) per (entity, feature): the latest write wins."""

    def __init__(self, ttl):
        self.ttl = ttl
        self.latest = {}

    def write(self, entity, feature, value, ts):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("not a finite value")
        self.latest[(entity, feature)] = (ts, value)

    def read(self, entity, features, at):
        out = []
        for f in features:
            ts, value = self.latest.get((entity, f), (None, None))
            if ts is None or ts > at or (f in self.ttl and at - ts > self.ttl[f]):
                out.append(None)
            else:
                out.append(value)
        return out

    def delete_entity(self, entity):
        keys = [k for k in self.latest if k[0] == entity]
        for k in keys:
            del self.latest[k]
        return len(keys)

    def count(self):
        return len(self.latest)
