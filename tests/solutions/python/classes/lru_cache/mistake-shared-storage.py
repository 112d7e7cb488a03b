# expect: keep its own storage; create the dict in __init__
from collections import OrderedDict
class LRUCache:
    _data = OrderedDict()
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity < 1")
        self.capacity = capacity
    def get(self, key, default=None):
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]
    def put(self, key, value):
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)
    def __len__(self):
        return len(self._data)
