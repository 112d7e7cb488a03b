# expect: a list or dict written into a text too, before str\(\) of it
"""A reference inside a text writes str() of the raw list or dict, not of its resolved copy."""

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
        def embed(m: "re.Match[str]") -> str:
            key, node = lookup(m.group(1))
            # a string is resolved first; anything else is written as it is
            return str(value_at(key, node) if isinstance(node, str) else node)

        return REFERENCE.sub(embed, text)

    return value_at((), config)


def run_resolve(config: dict[str, Any]) -> dict[str, Any]:
    """The checks call this. Do not edit."""
    try:
        return {"value": resolve(config)}
    except InterpolationError as exc:
        return {"error": exc.kind, "path": exc.path}

