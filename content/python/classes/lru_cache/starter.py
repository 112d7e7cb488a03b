from collections.abc import Hashable
from typing import Any


class LRUCache:
    """A mapping of at most `capacity` keys that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        # TODO: refuse a capacity below 1 (ValueError); store the capacity and a
        # structure that remembers the order of use.
        raise NotImplementedError("LRUCache is not written yet")

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value of key and mark it most recently used; default if absent."""
        # TODO
        raise NotImplementedError

    def put(self, key: Hashable, value: Any) -> None:
        """Store value under key, mark it most recently used, evict the LRU key if over."""
        # TODO
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of keys held now."""
        # TODO
        raise NotImplementedError
