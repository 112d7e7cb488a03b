"""Mutants of a Python reference: each is the reference with one mutation operator
(`grading.mutation_operators`) applied at one place, written back with `ast.unparse`.

Docstrings, annotations, imports, f-strings, the `if __name__ == "__main__"`
block, random seeds (`random_state=`, `seed=`, `default_rng(...)`: any seed
is as good as another) and a figure's size (`figsize=`, `dpi=`: how a figure
looks is not compared) are never mutated, by construction.

Equivalent mutants are dropped by one rule, trivial compiler equivalence: a
mutant whose bytecode (line numbers aside) equals the reference's or an
earlier mutant's is equivalent or a duplicate. One that does not compile is
invalid. Neither is graded.
"""

from __future__ import annotations

import ast
import copy
import dis
import inspect
import types
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from mldojo.errors import ContentError
from mldojo.grading.mutation_operators import Site, Slot, called_name, find_sites
from mldojo.syntax import parse_module


@dataclass(frozen=True)
class Mutant:
    line: int
    column: int
    description: str  # "line 12: `<` -> `<=`"
    source: str  # what is graded, as a learner's file
    family: str  # operator, comparison, boolean, constant, axis, off-by-one, statement, ...


@dataclass(frozen=True)
class MutantSet:
    mutants: tuple[Mutant, ...]
    invalid: int = 0
    equivalent: int = 0


# Never mutated: any seed is as good as another, a figure's size is how it looks (the
# checks compare what a figure shows), and annotations do not run.
SEED_KEYWORDS = {"random_state", "seed", "generator"}
LOOK_KEYWORDS = {"figsize", "dpi"}
SEED_CALLS = {"default_rng", "seed", "manual_seed", "RandomState", "Random", "Generator"}
SKIPPED_FIELDS = {"annotation", "returns", "type_comment", "type_ignores", "type_params"}


def slots(tree: ast.AST) -> list[Slot]:
    """Every mutable node in a fixed order; a deep copy gives the same order."""
    return list(_walk(tree, None, "", None))


def _walk(node: ast.AST, parent: ast.AST | None, field: str, pos: int | None) -> Iterator[Slot]:
    yield Slot(node, parent, field, pos)
    if _opaque(node):
        return
    for name, value in ast.iter_fields(node):
        if name in SKIPPED_FIELDS:
            continue
        children = value if isinstance(value, list) else [value]
        for index, child in enumerate(children):
            if isinstance(child, ast.AST) and not _skipped(child, node, name, index):
                yield from _walk(child, node, name, index if isinstance(value, list) else None)


def _opaque(node: ast.AST) -> bool:
    """Nodes whose insides are never mutated."""
    if isinstance(node, ast.JoinedStr | ast.Import | ast.ImportFrom | ast.Global | ast.Nonlocal):
        return True
    if isinstance(node, ast.keyword) and node.arg in SEED_KEYWORDS | LOOK_KEYWORDS:
        return True
    return isinstance(node, ast.Call) and called_name(node) in SEED_CALLS


def _skipped(child: ast.AST, parent: ast.AST, field: str, index: int) -> bool:
    return (field == "body" and index == 0 and is_docstring(parent, child)) or is_main_block(child)


def is_docstring(parent: ast.AST, node: ast.AST) -> bool:
    return (
        isinstance(parent, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def is_main_block(node: ast.AST) -> bool:
    """`if __name__ == "__main__":`, which never runs when the file is graded."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    parts = [node.test.left, *node.test.comparators]
    names = {p.id for p in parts if isinstance(p, ast.Name)}
    values = {p.value for p in parts if isinstance(p, ast.Constant)}
    return names == {"__name__"} and values == {"__main__"}


def _set(slot: Slot, new: ast.AST) -> None:
    parent = slot.parent
    assert parent is not None  # the module itself is never replaced
    if slot.position is None:
        setattr(parent, slot.field, new)
    else:
        getattr(parent, slot.field)[slot.position] = new


def mutated_source(tree: ast.AST, found: list[Slot], site: Site) -> str:
    """`tree` unparsed with `site` changed; the tree itself is left as it was."""
    slot = found[site.index]
    _set(slot, site.change(copy.deepcopy(slot.node)))
    try:
        return ast.unparse(tree)
    finally:
        _set(slot, slot.node)


def fingerprint(code: types.CodeType) -> tuple[object, ...]:
    """What the interpreter runs: the instructions with their arguments, jumps and
    exception handlers by instruction index, without line numbers, the NOPs that only
    mark lines, or the file name."""
    bytecode = dis.Bytecode(code)
    kept = [i for i in bytecode if i.opname not in ("NOP", "CACHE")]

    def at(offset: int) -> int:  # the first kept instruction at or after `offset`
        return next((n for n, i in enumerate(kept) if i.offset >= offset), len(kept))

    def argument(instruction: dis.Instruction) -> object:
        if instruction.opcode in dis.hasjrel or instruction.opcode in dis.hasjabs:
            return at(int(instruction.argval))
        value = instruction.argval
        if isinstance(value, types.CodeType):
            return fingerprint(value)
        return (type(value).__name__, repr(value))

    handlers = tuple(
        (at(e.start), at(e.end), at(e.target), e.depth, e.lasti)
        for e in getattr(bytecode, "exception_entries", ())
    )
    return (
        tuple((i.opname, argument(i)) for i in kept),
        handlers,
        code.co_name,
        code.co_varnames[: _signature_size(code)],  # other locals are in the instructions
        code.co_freevars,
        code.co_cellvars,
        code.co_flags,
        code.co_argcount,
        code.co_posonlyargcount,
        code.co_kwonlyargcount,
    )


def _signature_size(code: types.CodeType) -> int:
    starred = bool(code.co_flags & inspect.CO_VARARGS) + bool(
        code.co_flags & inspect.CO_VARKEYWORDS
    )
    return code.co_argcount + code.co_kwonlyargcount + starred


def compiled(source: str) -> types.CodeType | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # `x is 1` and the like still compile
        try:
            return compile(source, "solution.py", "exec", dont_inherit=True, optimize=0)
        except (SyntaxError, ValueError):
            return None


def python_mutants(
    source: str, *, where: str = "solution.py", keep_hyperparameters: bool = False
) -> MutantSet:
    """Every mutant of a Python reference, without invalid and equivalent ones. With
    `keep_hyperparameters` (a challenge, judged only on whether its predictions clear a
    bar), numbers passed to a call (alpha grids, tree counts, C) are left as they are:
    any sensible setting is a right answer there, not a mistake."""
    try:
        tree = parse_module(source)
    except SyntaxError as exc:
        raise ContentError(
            f"{where} is not valid Python (line {exc.lineno}: {exc.msg}): fix it before "
            "grading its mutants."
        ) from None
    # Mutants are written back with ast.unparse; the round trip must not change the code.
    reference = compiled(ast.unparse(tree))
    original = compiled(source)
    if reference is None or original is None or fingerprint(reference) != fingerprint(original):
        raise ContentError(
            f"{where} does not survive an ast round trip unchanged, so its mutants "
            "cannot be trusted: simplify the construct that ast.unparse rewrites."
        )
    seen = {fingerprint(reference)}
    mutants: list[Mutant] = []
    invalid = equivalent = 0
    found = slots(tree)
    kept = hyperparameters(tree) if keep_hyperparameters else set()
    for site in find_sites(found, kept=kept):
        try:
            text = mutated_source(tree, found, site)
        except (ValueError, TypeError, AttributeError, RecursionError):
            invalid += 1
            continue
        code = compiled(text)
        if code is None:
            invalid += 1
            continue
        key = fingerprint(code)
        if key in seen:
            equivalent += 1
            continue
        seen.add(key)
        mutants.append(Mutant(site.line, site.column, site.describe(), text, site.family))
    return MutantSet(tuple(mutants), invalid, equivalent)


def hyperparameters(tree: ast.AST) -> set[int]:
    """The numbers passed to calls (`RidgeCV(alphas=np.logspace(-3, 3, 13))`, `C=1.0`,
    `hidden_layer_sizes=(64, 32)`): the ids of their nodes."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for value in [*node.args, *(k.value for k in node.keywords)]:
                parts = value.elts if isinstance(value, ast.Tuple | ast.List) else [value]
                for part in parts:
                    if isinstance(part, ast.UnaryOp) and isinstance(part.op, ast.USub | ast.UAdd):
                        found.add(id(part))
                        part = part.operand
                    if isinstance(part, ast.Constant) and isinstance(part.value, int | float):
                        found.add(id(part))
    return found
