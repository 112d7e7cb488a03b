class LRUCache:
    """A plain dict keeps insertion order: re-inserting a key moves it to the end."""

    _MISSING = object()

    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("a cache needs room for at least one key")
        self.capacity = capacity
        self.store = {}

    def get(self, key, default=None):
        value = self.store.pop(key, self._MISSING)
        if value is self._MISSING:
            return default
        self.store[key] = value  # back in, now the most recent
        return value

    def put(self, key, value):
        self.store.pop(key, None)
        self.store[key] = value
        while len(self.store) > self.capacity:
            del self.store[next(iter(self.store))]

    def __len__(self):
        return len(self.store)
