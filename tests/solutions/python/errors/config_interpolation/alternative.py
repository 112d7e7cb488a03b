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
    # Resolve by reference: each reference resolves the raw node at its path with
    # that path on a stack; a path met again while on the stack is a cycle.
    cache: dict[str, Any] = {}

    def cycle(path: str, stack: tuple[str, ...]) -> InterpolationError:
        loop = stack[stack.index(path) :] + (path,)
        return InterpolationError("cycle", " -> ".join(loop))

    def find(path: str) -> Any:
        node: Any = config
        for part in path.split("."):
            if isinstance(node, dict):
                if part not in node:
                    raise InterpolationError("missing", path)
                node = node[part]
            elif isinstance(node, list) and part.isdecimal() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise InterpolationError("missing", path)
        return node

    def follow(path: str, stack: tuple[str, ...]) -> Any:
        if path in stack:
            raise cycle(path, stack)
        if path not in cache:
            cache[path] = walk(find(path), (*stack, path), path)
        return cache[path]

    def walk(node: Any, stack: tuple[str, ...], here: str) -> Any:
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                child = f"{here}.{k}" if here else k
                if child in stack:
                    raise cycle(child, stack)
                out[k] = walk(v, (*stack, child), child)
            return out
        if isinstance(node, list):
            out_list = []
            for i, v in enumerate(node):
                child = f"{here}.{i}" if here else str(i)
                if child in stack:
                    raise cycle(child, stack)
                out_list.append(walk(v, (*stack, child), child))
            return out_list
        if not isinstance(node, str):
            return node
        pieces = REFERENCE.split(node)  # text, path, text, path, ..., text
        if len(pieces) == 3 and pieces[0] == "" and pieces[2] == "":
            return follow(pieces[1], stack)
        return "".join(
            piece if i % 2 == 0 else str(follow(piece, stack)) for i, piece in enumerate(pieces)
        )

    return walk(config, (), "")


def run_resolve(config: dict[str, Any]) -> dict[str, Any]:
    """The checks call this. Do not edit."""
    try:
        return {"value": resolve(config)}
    except InterpolationError as exc:
        return {"error": exc.kind, "path": exc.path}

