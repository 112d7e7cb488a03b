"""`collections.OrderedDict` keeps its keys in order and can move one key to the
end (`move_to_end`) and pop the first (`popitem(last=False)`) in O(1) time. Keep
the least recently used key at the front and the most recently used at the back:
a hit moves its key to the back, a put moves or appends its key to the back, and
eviction pops the front.

The usual wrong approaches: evicting in insertion order (a FIFO queue) and
forgetting that a `get` hit or an update is a use, so hot keys are evicted;
testing `if self.data.get(key):`, which treats a stored `0`, `""` or `None` as a
miss; and keeping the order in a list, whose `remove` scans the whole cache on
every call. `functools.lru_cache` does not help here: it caches a function's
results, not a store you fill and query yourself. A capacity below 1 is refused
when the cache is built: a cache that holds nothing fails silently, one lookup at a
time, far from the configuration that caused it.
"""

from collections import OrderedDict
from collections.abc import Hashable
from typing import Any


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, not {capacity}")
        self.capacity = capacity
        self._data: OrderedDict[Hashable, Any] = OrderedDict()

    def get(self, key: Hashable, default: Any = None) -> Any:
        if key not in self._data:
            return default
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key: Hashable, value: Any) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self.capacity:
            self._data.popitem(last=False)

    def __len__(self) -> int:
        return len(self._data)
