from typing import Any


def merge_configs(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Return a new dict: base with override merged in, recursively for nested dicts.

    Where both values are dicts, merge them; otherwise override's value wins.
    Neither input may be modified.
    """
    # TODO: start from a copy of base, then walk override's items.
    return None
