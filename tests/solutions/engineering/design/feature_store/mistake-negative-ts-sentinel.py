# expect: a value written at a negative ts was not found
# Linear scan over every stored value per read (O(total values), not O(log m)),
# and "no value yet" marked with ts = -1, so writes at negative event times are invisible.
class FeatureStore:
    def __init__(self, ttl):
        self.ttl = ttl
        self.rows = {}   # (entity, feature, ts) -> value

    def write(self, entity, feature, value, ts):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("not a finite value")
        self.rows[(entity, feature, ts)] = value

    def read(self, entity, features, at):
        out = []
        for f in features:
            best_ts, best = -1, None
            for (e, g, ts), v in self.rows.items():
                if e == entity and g == f and best_ts < ts <= at:
                    best_ts, best = ts, v
            if best_ts >= 0 and (f not in self.ttl or at - best_ts <= self.ttl[f]):
                out.append(best)
            else:
                out.append(None)
        return out

    def delete_entity(self, entity):
        keys = [k for k in self.rows if k[0] == entity]
        for k in keys:
            del self.rows[k]
        return len(keys)

    def count(self):
        return len(self.rows)
