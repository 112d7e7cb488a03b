# expect: a value reached twice by different routes is fine
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
    seen: set[str] = set()  # never cleared: a diamond looks like a cycle

    def lookup(path: str) -> Any:
        node: Any = config
        for part in path.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise InterpolationError("missing", path)
        return node

    def follow(path: str) -> Any:
        if path in seen:
            raise InterpolationError("cycle", path)
        seen.add(path)
        return walk(lookup(path))

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str):
            whole = REFERENCE.fullmatch(node)
            if whole:
                return follow(whole.group(1))
            return REFERENCE.sub(lambda m: str(follow(m.group(1))), node)
        return node

    return walk(config)


def run_resolve(config: dict[str, Any]) -> dict[str, Any]:
    """The checks call this. Do not edit."""
    try:
        return {"value": resolve(config)}
    except InterpolationError as exc:
        return {"error": exc.kind, "path": exc.path}

