# expect: raised ValueError: invalid literal for int\(\) with base 10: '²'
# Tests a list index with str.isdigit(), which also accepts '²', so int() raises
# instead of the path being reported missing.

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
    done: dict[tuple[str, ...], Any] = {}
    active: dict[tuple[str, ...], None] = {}  # the paths being resolved, in order

    def lookup(path: str) -> tuple[tuple[str, ...], Any]:
        node: Any = config
        for part in path.split("."):
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise InterpolationError("missing", path)
        return tuple(path.split(".")), node

    def value_at(key: tuple[str, ...], node: Any) -> Any:
        if key in done:
            return done[key]
        if key in active:
            stack = list(active)
            loop = [*stack[stack.index(key) :], key]
            raise InterpolationError("cycle", " -> ".join(".".join(k) for k in loop))
        active[key] = None
        if isinstance(node, dict):
            result: Any = {k: value_at((*key, k), v) for k, v in node.items()}
        elif isinstance(node, list):
            result = [value_at((*key, str(i)), v) for i, v in enumerate(node)]
        elif isinstance(node, str):
            result = interpolate(node)
        else:
            result = node
        del active[key]
        done[key] = result
        return result

    def interpolate(text: str) -> Any:
        whole = REFERENCE.fullmatch(text)
        if whole:
            return value_at(*lookup(whole.group(1)))
        return REFERENCE.sub(lambda m: str(value_at(*lookup(m.group(1)))), text)

    return value_at((), config)


def run_resolve(config: dict[str, Any]) -> dict[str, Any]:
    """The checks call this. Do not edit."""
    try:
        return {"value": resolve(config)}
    except InterpolationError as exc:
        return {"error": exc.kind, "path": exc.path}
