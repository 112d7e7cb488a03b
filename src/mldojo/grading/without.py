"""What an exercise is to be written without: modules or functions named in its
`without` list (`without = ["sklearn"]`, `without = ["numpy.linalg.inv"]`).

An exercise that teaches how an algorithm works asks for it by hand; a library call
that does the whole job would pass its checks and teach nothing. The host reads the
learner's code before anything runs (with `ast`, never evaluated) and refuses a use
of a listed name: an import, an attribute reached through any alias, or a name handed
to `__import__`, `importlib.import_module` or `getattr` as a string. What could hide
one is refused too in such an exercise: `exec`, `eval` and `compile`, a name those
importers are given that is not written out, `sys.modules`, `vars` and the like, and a
module that holds a listed name handed around as a value (`la = np.linalg`).

An exercise that teaches whole-array code (`vectorised = true`) is read the same way
for loops in Python: a loop over rows passes its cases and teaches the opposite. One
that teaches a tool (`uses = ["backward", "torch.autograd"]`) is read for a use of it:
a gradient derived by hand passes the cases of an autograd exercise and skips its point.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from mldojo.catalog.schema import ExerciseMeta
from mldojo.syntax import parse_module

IMPORTERS = frozenset({"__import__", "importlib.import_module", "import_module"})
HIDERS = frozenset({"exec", "eval", "compile"})
# What reaches a module or an attribute by a name it computes, or hands modules around
# by name: the code's own words no longer say what it uses. Refused where a rule reads
# them, with importers and getattr given a name that is not written out.
BY_NAME = frozenset(
    {
        "sys.modules",
        "vars",
        "globals",
        "locals",
        "__builtins__",
        "operator.attrgetter",
        "operator.methodcaller",
        "importlib.__import__",
        "importlib.util",
        "types.ModuleType",
    }
)
Use = tuple[ast.stmt | ast.expr, str]  # a node, and the dotted name it uses


class Refusal(NamedTuple):
    rule: str  # the exercise.toml setting the code breaks, as validate names it
    case: str  # the verdict's one case
    message: str


def written_as_asked(source: str, meta: ExerciseMeta) -> Refusal | None:
    """The first of the exercise's rules on how its code is written that `source`
    breaks (`without`, then `vectorised`, then `uses`), or None: read, never run."""
    refused = forbidden_use(source, meta.without, reason=meta.without_reason)
    if refused is not None:  # the library would do the exercise's work
        more = f" and {len(meta.without) - 1} more" if len(meta.without) > 1 else ""
        return Refusal("`without` list", f"written without {meta.without[0]}{more}", refused)
    looped = python_loop(source) if meta.vectorised else None
    if looped is not None:  # it might pass the cases, but not teach what is asked
        return Refusal("`vectorised = true`", "written without Python loops", looped)
    missing = missing_use(source, meta.uses)
    if missing is not None:  # the same: right values, without the tool being taught
        return Refusal("`uses` list", f"written with {meta.uses[0]}", missing)
    return None


def forbidden_use(source: str, without: Sequence[str], *, reason: str | None = None) -> str | None:
    """Why `source` breaks the exercise's `without` list, in words; None when it does
    not (or when it does not parse: the run names that error). `reason`: the
    exercise's own words for why the use is refused."""
    if not without:
        return None
    try:
        tree = parse_module(source)
    except (SyntaxError, ValueError):
        return None
    for node, dotted in _uses(tree):
        hit = next((name for name in without if _within(dotted, name)), None)
        if hit is not None:
            return (
                f"this exercise is to be written without {hit}, and line {node.lineno} uses "
                f"{dotted}: {reason or 'the point is to build it yourself, so remove that use'}"
                + _in_trial_run(tree, node.lineno)
            )
        if dotted in HIDERS:
            return (
                f"line {node.lineno} calls {dotted}(), which could hide what the code uses; "
                f"this exercise is to be written without {', '.join(without)}: write the "
                "code out"
            )
    hidden = _hidden_use(tree, without)
    if hidden is not None:
        line, how = hidden
        return (
            f"line {line} {how}, which could hide what the code uses; this exercise is to "
            f"be written without {', '.join(without)}: name what you use in the code itself"
        )
    return None


def _hidden_use(tree: ast.Module, without: Sequence[str]) -> tuple[int, str] | None:
    """Where the code reaches modules by computed names, or hands around as a value a
    module that holds a name the exercise refuses (`la = np.linalg`, then `la.inv`):
    the line and how, in words."""
    aliases = _aliases(tree)
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    holders = {name.rsplit(".", 1)[0] for name in without if "." in name}
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = _plain(_dotted(node.func, aliases))
            named = node.args[1:2] if function == "getattr" else node.args[:1]
            if function in (*IMPORTERS, "getattr") and named and not _written(named[0]):
                found.append((node.lineno, f"calls {function}() with a name it works out"))
        if isinstance(node, ast.Attribute) and node.attr == "__dict__":
            found.append((node.lineno, "reads a __dict__"))
        if not isinstance(node, ast.Attribute | ast.Name) or not isinstance(node.ctx, ast.Load):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ast.Attribute) and parent.value is node:
            continue  # part of a longer name, which is read whole
        dotted = _plain(_dotted(node, aliases))
        if dotted in BY_NAME or any(dotted.startswith(n + ".") for n in BY_NAME):
            found.append((node.lineno, f"reaches modules by name ({dotted})"))
        elif any(dotted == h or h.startswith(dotted + ".") for h in holders):
            found.append((node.lineno, f"hands {dotted} around as a value"))
    return min(found) if found else None


def _written(node: ast.expr) -> bool:
    """A name written out in the code: a string constant."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _plain(dotted: str | None) -> str:
    """A builtin reached through the builtins module is the builtin itself."""
    if dotted is None:
        return ""
    return dotted.removeprefix("builtins.")


def missing_use(source: str, uses: Sequence[str]) -> str | None:
    """Why `source` breaks the exercise's `uses` list (it uses none of the names), in
    words; None when it uses one (or when it does not parse: the run names that error).
    A bare name is met by a method or function of that name (`loss.backward()`), a
    dotted one by the module or function reached through any alias."""
    if not uses:
        return None
    try:
        tree = parse_module(source)
    except (SyntaxError, ValueError):
        return None
    # A function or name of the code's own ("def backward") is not the tool.
    own = {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    }
    own |= {
        node.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }
    reached = {dotted for _, dotted in _uses(tree) if dotted.split(".")[0] not in own}
    reached |= {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    for name in uses:
        if "." not in name and name in reached:
            return None
        if any(_within(dotted, name) for dotted in reached):
            return None
    return (
        f"this exercise asks you to use {_either(uses)}, and the code uses none of them: "
        "the point is to practise that tool, so let it do the work you wrote by hand"
    )


def _either(names: Sequence[str]) -> str:
    shown = [f"{n}()" if "." not in n else n for n in names]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


# What loops over elements in Python, besides the loop statements and comprehensions.
ELEMENT_LOOPS = frozenset(
    {
        "map",
        "filter",
        "functools.reduce",
        "itertools.starmap",
        "itertools.accumulate",
        "numpy.vectorize",
        "numpy.frompyfunc",
        "numpy.apply_along_axis",
        *HIDERS,  # a loop in a string
    }
)
LOOPS: dict[type[ast.AST], str] = {
    ast.For: "a for loop",
    ast.AsyncFor: "a for loop",
    ast.While: "a while loop",
    ast.ListComp: "a list comprehension",
    ast.SetComp: "a set comprehension",
    ast.DictComp: "a dict comprehension",
    ast.GeneratorExp: "a generator expression",
}


def python_loop(source: str) -> str | None:
    """Why `source` breaks an exercise that asks for whole-array operations (`vectorised
    = true`): the first loop in Python it holds, in words; None when it has none (or
    when it does not parse: the run names that error)."""
    try:
        tree = parse_module(source)
    except (SyntaxError, ValueError):
        return None
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        kind = LOOPS.get(type(node))
        if kind is not None:
            found.append((getattr(node, "lineno", 0), kind))
    found += [
        (node.lineno, f"{dotted}()")
        for node, dotted in _uses(tree)
        if dotted in ELEMENT_LOOPS and isinstance(node, ast.expr)
    ]
    found += [(line, f"{name}() calling itself") for line, name in _recursion(tree)]
    if not found:
        return None
    line, kind = min(found)
    return (
        f"line {line} loops in Python ({kind}), and this exercise asks for whole-array "
        "operations: let NumPy or PyTorch do the loop (broadcasting, reductions along an "
        "axis, matrix products)" + _in_trial_run(tree, line)
    )


def _recursion(tree: ast.Module) -> list[tuple[int, str]]:
    """Functions that call themselves by name: a loop by another name."""
    found = []
    for function in ast.walk(tree):
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [
                (call.lineno, function.name)
                for call in ast.walk(function)
                if isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id == function.name
            ]
    return found


def _in_trial_run(tree: ast.Module, line: int) -> str:
    """What to add when `line` is in a trial run under the __main__ guard. It is read
    like the rest, since a file can set its own __name__ and so run it when checked."""
    if any(_main_guard(s) and s.lineno <= line <= (s.end_lineno or s.lineno) for s in tree.body):
        return (
            '; the check reads the code under `if __name__ == "__main__":` too, so keep '
            "trial runs in another file"
        )
    return ""


def _main_guard(statement: ast.stmt) -> bool:
    """`if __name__ == "__main__":`, either way round."""
    if not isinstance(statement, ast.If) or not isinstance(statement.test, ast.Compare):
        return False
    test = statement.test
    if len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq):
        return False
    sides = [test.left, *test.comparators]
    names = [s.id for s in sides if isinstance(s, ast.Name)]
    texts = [s.value for s in sides if isinstance(s, ast.Constant)]
    return names == ["__name__"] and texts == ["__main__"]


def _within(dotted: str, name: str) -> bool:
    return dotted == name or dotted.startswith(name + ".")


def _uses(tree: ast.AST) -> Iterator[Use]:
    """Every dotted name the code imports or reaches, with the node that does it."""
    aliases = _aliases(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                yield node, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Attribute | ast.Name) and isinstance(node.ctx, ast.Load):
            dotted = _dotted(node, aliases)
            if dotted is not None:
                yield node, _plain(dotted)
        if isinstance(node, ast.Call):
            yield from _by_string(node, aliases)


def _aliases(tree: ast.AST) -> dict[str, str]:
    """The names the code's imports bind, each to the dotted name it stands for."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                aliases[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


def _dotted(node: ast.expr, aliases: dict[str, str]) -> str | None:
    """`np.linalg.inv` as "numpy.linalg.inv", through the code's import aliases."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Call) and node.args and _written(node.args[0]):
        # importlib.import_module("numpy.linalg").inv is numpy.linalg.inv
        if _plain(_dotted(node.func, aliases)) not in IMPORTERS:
            return None
        base = str(node.args[0].value)  # type: ignore[attr-defined]
    elif isinstance(node, ast.Name):
        base = aliases.get(node.id, node.id)
    else:
        return None
    return ".".join([base, *reversed(parts)])


def _by_string(call: ast.Call, aliases: dict[str, str]) -> Iterator[Use]:
    """A module or attribute named in a string: __import__("sklearn"),
    importlib.import_module("sklearn.metrics"), getattr(np.linalg, "inv")."""
    function = _plain(_dotted(call.func, aliases))
    texts = [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    if function in IMPORTERS and texts:
        yield call, texts[0]
    elif function == "getattr" and len(call.args) >= 2 and texts:
        owner = _dotted(call.args[0], aliases)
        if owner is not None:
            yield call, f"{owner}.{texts[0]}"
