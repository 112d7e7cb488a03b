import re
from typing import Any

REFERENCE = re.compile(r"\$\{([^}]*)\}")  # group 1 is the dotted path


class InterpolationError(Exception):
    """A reference that cannot be resolved: kind is "missing" or "cycle"."""

    def __init__(self, kind: str, path: str) -> None:
        super().__init__(f"{kind}: ${{{path}}}")
        self.kind = kind
        self.path = path


def resolve(config: dict[str, Any]) -> dict[str, Any]:
    """A new copy of config with every ${path} reference resolved.

    A string that is exactly one reference takes the referenced value (type
    kept); other strings get str() of each value. Raise
    InterpolationError("missing", path) for a path that does not exist, or
    InterpolationError("cycle", loop) with the loop written as "a -> b -> a".
    """
    # TODO: resolve values recursively; remember which values are being resolved
    # right now, to detect cycles, and which are done, to avoid repeating work.
    raise NotImplementedError("resolve is not written yet")


def run_resolve(config: dict[str, Any]) -> dict[str, Any]:
    """The checks call this. Do not edit."""
    try:
        return {"value": resolve(config)}
    except InterpolationError as exc:
        return {"error": exc.kind, "path": exc.path}

