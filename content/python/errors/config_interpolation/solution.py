"""Resolution is a depth-first walk in which every value is named by its path
from the root. Before resolving a path we push it on an *active* stack; meeting
a path that is already active means the value depends on itself: a cycle,
reported at once instead of recursing until `RecursionError`. The stack is a
dict used as an ordered set (membership in O(1), order kept), so the loop is the
part of it from the path met again, which names the keys a user must fix. Finished paths are
memoised in `done`, so a value referenced a hundred times is resolved once,
and a chain of references costs one walk. `re.fullmatch` tells a whole-string
reference (keep the type) from an embedded one (`str()`, via `re.sub` with a
function).

The error is a small exception class with the fields a caller needs (`kind`,
`path`), raised at the point where the problem is known; the caller can
report "missing ${model.dimm}" instead of parsing a message. Common wrong
approaches: replacing references textually in a loop until nothing changes,
which turns every number into a string and never ends on a cycle; a `visited`
set that is never cleared, which reports a "cycle" whenever two values refer to
the same third one (a diamond is not a cycle); and `except KeyError: return
text`, which hides the typo.
"""

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
            elif isinstance(node, list) and part.isascii() and part.isdigit() \
                    and int(part) < len(node):  # isdigit alone takes "²", which int() rejects
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

