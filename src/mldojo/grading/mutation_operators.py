"""Mutation operators: the mistakes a mutant makes, and where each one applies.

Each operator changes one thing a careless solution gets wrong: an arithmetic or
augmented-assignment operator, a comparison, a boolean operator or a `not`, a
numeric or boolean constant, an `axis=`/`dim=` argument, an off-by-one in a
slice, an index or a `range` bound, a dropped statement, a return value
replaced by None, a condition negated, `break` and `continue` swapped, or a
function swapped for its twin (min/max, argmin/argmax, any/all, nanmean/mean,
exp/log, ...) or dropped (`.copy()`, `abs`, `sqrt`, `sorted`). A formula (a
symbolic answer) gets its own few: a sign, a power, a constant, a function or a
symbol. `grading.mutants` walks a reference and applies them.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from mldojo.syntax import parse_expression


@dataclass(frozen=True)
class Site:
    """One place to mutate: the node's index in `slots()` order and how to change it."""

    index: int
    line: int
    column: int
    family: str
    old: str
    new: str
    change: Callable[[ast.AST], ast.AST]
    dropped: bool = False  # described as "dropped `old`"
    in_context: bool = True  # old and new say where on the line; else the column does

    def describe(self) -> str:
        where = f"line {self.line}" if self.in_context else f"line {self.line}:{self.column}"
        if self.dropped:
            return f"{where}: dropped `{self.old}`"
        return f"{where}: `{self.old}` -> `{self.new}`"


OPERATORS: dict[type[ast.operator], tuple[type[ast.operator], ...]] = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div, ast.Add),
    ast.Div: (ast.Mult, ast.FloorDiv),
    ast.FloorDiv: (ast.Div,),
    ast.Mod: (ast.FloorDiv,),
    ast.Pow: (ast.Mult,),
    ast.MatMult: (ast.Mult,),
    ast.BitAnd: (ast.BitOr,),
    ast.BitOr: (ast.BitAnd,),
    ast.BitXor: (ast.BitOr,),
    ast.LShift: (ast.RShift,),
    ast.RShift: (ast.LShift,),
}


COMPARISONS: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.Gt),
    ast.LtE: (ast.Lt,),
    ast.Gt: (ast.GtE, ast.Lt),
    ast.GtE: (ast.Gt,),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
}


SYMBOLS: dict[type[ast.AST], str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.MatMult: "@", ast.BitAnd: "&", ast.BitOr: "|",
    ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>", ast.Lt: "<", ast.LtE: "<=",
    ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.Is: "is",
    ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}  # fmt: skip


SWAPS = {
    "min": "max", "max": "min", "argmin": "argmax", "argmax": "argmin",
    "minimum": "maximum", "maximum": "minimum", "amin": "amax", "amax": "amin",
    "idxmin": "idxmax", "idxmax": "idxmin", "nsmallest": "nlargest", "nlargest": "nsmallest",
    "any": "all", "all": "any", "floor": "ceil", "ceil": "floor", "exp": "log", "log": "exp",
    "log1p": "log", "expm1": "exp", "sin": "cos", "cos": "sin", "mean": "median",
    "median": "mean", "std": "var", "var": "std", "cumsum": "cumprod", "nanmean": "mean",
    "nansum": "sum", "nanmax": "max", "nanmin": "min", "nanstd": "std",
    "nanmedian": "median", "sum": "mean",
}  # fmt: skip


BUILTIN_SWAPS = {"min", "max", "any", "all"}  # `sum(...)` -> `mean(...)` would only be a NameError
DROPPED_CALLS = {"abs", "sqrt", "sorted"}  # f(x) -> x
DROPPED_METHODS = {"copy", "clone"}  # x.copy() -> x: the caller's data gets changed
AXES = ("axis", "dim")
STATEMENTS = (
    ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr, ast.If, ast.For, ast.AsyncFor,
    ast.While, ast.With, ast.AsyncWith, ast.Try, ast.Raise, ast.Assert, ast.Delete,
)  # fmt: skip


@dataclass(frozen=True)
class Slot:
    node: ast.AST
    parent: ast.AST | None
    field: str
    position: int | None


def called_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else None


def snippet(node: ast.AST, width: int = 48) -> str:
    text = " ".join(ast.unparse(node).split("\n", 1)[0].split())
    if isinstance(node, ast.stmt) and "\n" in ast.unparse(node):
        text += " ..."
    return text if len(text) <= width else text[: width - 3] + "..."


def plus_one(node: ast.expr, sign: int) -> ast.expr:
    return ast.BinOp(node, ast.Add() if sign > 0 else ast.Sub(), ast.Constant(1))


def number_changes(value: int | float) -> list[ast.expr]:
    """0 -> 1 and -1; n -> n+1 and n-1; x.y -> half and double (0.0 -> 1.0)."""
    if isinstance(value, int):
        found: list[ast.expr] = [ast.Constant(value + 1)]
        found.append(
            ast.Constant(value - 1) if value > 0 else ast.UnaryOp(ast.USub(), ast.Constant(1))
        )
        return found
    if value == 0:
        return [ast.Constant(1.0)]
    return [ast.Constant(value / 2), ast.Constant(value * 2)]


def find_sites(
    found: list[Slot],
    *,
    symbols: tuple[str, ...] | None = None,
    kept: set[int] | None = None,
) -> list[Site]:
    """The mutations of a module (`found`: the slots of its tree), or of one expression when
    `symbols` is given: then only what changes a formula (operators, constants, signs,
    functions and symbols). Nodes whose id is in `kept` are left as they are."""
    sites: list[Site] = []
    for index, slot in enumerate(found):
        node = slot.node
        if kept and id(node) in kept:
            continue
        rules = _EXPRESSION_RULES if symbols is not None else _RULES
        for rule in rules:
            for family, old, new, change, dropped in rule(node, slot, symbols or ()):
                line = getattr(node, "lineno", 0)
                column = getattr(node, "col_offset", -1) + 1
                shown = None if dropped else _in_context(slot, change)
                if shown is not None:
                    old, new = shown
                plain = shown is not None or dropped or family == "return"
                site = Site(index, line, column, family, old, new, change, dropped, plain)
                sites.append(site)
    return sites


CONTEXT_WIDTH = 60


def _in_context(slot: Slot, change: Callable[[ast.AST], ast.AST]) -> tuple[str, str] | None:
    """The smallest expression around a change, before and after, when it is short:
    `X ** 2` -> `X ** 3` says more than `2` -> `3`."""
    node, parent = slot.node, slot.parent
    if (
        isinstance(node, ast.stmt)
        or isinstance(parent, ast.Slice)
        or (isinstance(parent, ast.Tuple) and isinstance(node, ast.Slice))
    ):  # `(:, None)` -> `(1:, None)` or `1:` -> `2:` says less than a line and column
        return None
    context: ast.AST
    if isinstance(node, ast.Constant | ast.Name | ast.keyword | ast.Slice) and isinstance(
        parent, ast.expr
    ):
        context = copy.deepcopy(parent)
        child = getattr(context, slot.field)
        new = change(child[slot.position] if slot.position is not None else child)
        if slot.position is not None:
            child[slot.position] = new
        else:
            setattr(context, slot.field, new)
        before = ast.unparse(parent)
    else:
        context, before = change(copy.deepcopy(node)), ast.unparse(node)
    after = ast.unparse(context)
    if "\n" in before + after or max(len(before), len(after)) > CONTEXT_WIDTH:
        return None
    return before, after


Change = tuple[str, str, str, Callable[[ast.AST], ast.AST], bool]


Rule = Callable[[ast.AST, Slot, tuple[str, ...]], Iterator[Change]]


def _with(attribute: str, value: object) -> Callable[[ast.AST], ast.AST]:
    def change(node: ast.AST) -> ast.AST:
        setattr(node, attribute, value)
        return node

    return change


def _to(new: ast.AST) -> Callable[[ast.AST], ast.AST]:
    return lambda node: ast.copy_location(copy.deepcopy(new), node)


def _operators(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if isinstance(node, ast.BinOp | ast.AugAssign):
        suffix = "=" if isinstance(node, ast.AugAssign) else ""
        for other in OPERATORS.get(type(node.op), ()):
            old, new = SYMBOLS[type(node.op)] + suffix, SYMBOLS[other] + suffix
            yield "operator", old, new, _with("op", other()), False
    elif isinstance(node, ast.Compare):
        for i, op in enumerate(node.ops):
            for swap in COMPARISONS[type(op)]:

                def change(n: ast.AST, i: int = i, swap: type[ast.cmpop] = swap) -> ast.AST:
                    assert isinstance(n, ast.Compare)
                    n.ops[i] = swap()
                    return n

                yield "comparison", SYMBOLS[type(op)], SYMBOLS[swap], change, False


def _booleans(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if isinstance(node, ast.BoolOp):
        word = "and" if isinstance(node.op, ast.And) else "or"
        other: ast.boolop = ast.Or() if word == "and" else ast.And()
        yield "boolean", word, "or" if word == "and" else "and", _with("op", other), False
        if len(node.values) == 2:
            first, second = (snippet(v) for v in node.values)
            yield "boolean", f"{word} {second}", "", _to(node.values[0]), True
            yield "boolean", f"{first} {word}", "", _to(node.values[1]), True
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not | ast.USub | ast.Invert):
        family = "boolean" if isinstance(node.op, ast.Not) else "operator"
        yield family, snippet(node), snippet(node.operand), _operand, False
    elif isinstance(node, ast.If | ast.While | ast.IfExp) and isinstance(
        node.test, ast.Name | ast.Attribute | ast.Call | ast.Subscript
    ):
        test = snippet(node.test)
        yield "condition", test, f"not {test}", _negated, False
    elif isinstance(node, ast.Break | ast.Continue):
        swapped: ast.stmt = ast.Continue() if isinstance(node, ast.Break) else ast.Break()
        old = "break" if isinstance(node, ast.Break) else "continue"
        yield "statement", old, "continue" if old == "break" else "break", _to(swapped), False


def _operand(node: ast.AST) -> ast.AST:
    assert isinstance(node, ast.UnaryOp)
    return node.operand


def _negated(node: ast.AST) -> ast.AST:
    assert isinstance(node, ast.If | ast.While | ast.IfExp)
    node.test = ast.UnaryOp(ast.Not(), node.test)
    return node


def _constants(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if not isinstance(node, ast.Constant) or (
        isinstance(slot.parent, ast.keyword) and slot.parent.arg in AXES
    ):
        return  # an axis gets its own mutations below
    value = node.value
    if isinstance(value, bool):
        yield "constant", repr(value), repr(not value), _to(ast.Constant(not value)), False
    elif isinstance(value, int | float):
        for new in number_changes(value):
            yield "constant", repr(value), ast.unparse(new), _to(new), False


def _axes(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if not isinstance(node, ast.keyword) or node.arg not in AXES:
        return
    current = ast.unparse(node.value)
    for text in {"0": ("1", "None"), "1": ("0", "None"), "-1": ("0", "None")}.get(
        current, ("0", "-1") if current == "None" else ()
    ):
        new_value = parse_expression(text).body
        yield (
            "axis",
            f"{node.arg}={current}",
            f"{node.arg}={text}",
            _with("value", new_value),
            False,
        )


def _off_by_one(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if isinstance(node, ast.Slice) and node.step is None:
        for bound in ("lower", "upper"):
            value: ast.expr | None = getattr(node, bound)
            if value is None:
                edge: ast.expr = (
                    ast.Constant(1)
                    if bound == "lower"
                    else ast.UnaryOp(ast.USub(), ast.Constant(1))
                )
                changed = copy.copy(node)
                setattr(changed, bound, edge)
                yield "off-by-one", snippet(node), ast.unparse(changed), _with(bound, edge), False
            elif not isinstance(value, ast.Constant | ast.UnaryOp):
                for sign in (1, -1):
                    moved = plus_one(value, sign)
                    yield (
                        "off-by-one",
                        snippet(value),
                        ast.unparse(moved),
                        _with(bound, moved),
                        False,
                    )
    elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Name | ast.BinOp):
        for sign in (1, -1):
            new = plus_one(node.slice, sign)
            old = snippet(node)
            yield (
                "off-by-one",
                old,
                f"{snippet(node.value)}[{ast.unparse(new)}]",
                _with("slice", new),
                False,
            )
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range":
        for i, arg in enumerate(node.args[:2]):
            if isinstance(arg, ast.Constant | ast.Starred):
                continue
            for sign in (1, -1):

                def change(n: ast.AST, i: int = i, sign: int = sign) -> ast.AST:
                    assert isinstance(n, ast.Call)
                    n.args[i] = plus_one(n.args[i], sign)
                    return n

                yield "off-by-one", snippet(arg), ast.unparse(plus_one(arg, sign)), change, False


def _statements(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if isinstance(node, ast.Return):
        if node.value is not None and not (
            isinstance(node.value, ast.Constant) and node.value.value is None
        ):
            yield "return", snippet(node), "return None", _with("value", ast.Constant(None)), False
    elif (
        isinstance(node, STATEMENTS)
        and slot.position is not None
        and not (isinstance(node, ast.AnnAssign) and node.value is None)
    ):
        yield "statement", snippet(node), "pass", _to(ast.Pass()), True


def _calls(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if not isinstance(node, ast.Call):
        return
    func = node.func
    if isinstance(func, ast.Attribute) and func.attr in SWAPS:
        twin = SWAPS[func.attr]
        new_func = ast.Attribute(func.value, twin, ast.Load())
        yield "function", f".{func.attr}(", f".{twin}(", _with("func", new_func), False
    elif isinstance(func, ast.Name) and func.id in BUILTIN_SWAPS:
        twin = SWAPS[func.id]
        yield (
            "function",
            f"{func.id}(",
            f"{twin}(",
            _with("func", ast.Name(twin, ast.Load())),
            False,
        )
    name = called_name(node)
    if name in DROPPED_CALLS and len(node.args) == 1 and not node.keywords:
        yield "function", snippet(node), snippet(node.args[0]), _to(node.args[0]), False
    if (
        isinstance(func, ast.Attribute)
        and func.attr in DROPPED_METHODS
        and not node.args
        and not node.keywords
    ):
        yield "function", f".{func.attr}()", "", _to(func.value), True


FORMULA_SWAPS = {
    "exp": "log", "log": "exp", "sin": "cos", "cos": "sin", "tan": "sin", "sinh": "cosh",
    "cosh": "sinh", "tanh": "sinh", "asin": "acos", "acos": "asin",
}  # fmt: skip


def _formula(node: ast.AST, slot: Slot, symbols: tuple[str, ...]) -> Iterator[Change]:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        name = node.func.id
        if name in FORMULA_SWAPS:
            twin = FORMULA_SWAPS[name]
            yield (
                "function",
                f"{name}(",
                f"{twin}(",
                _with("func", ast.Name(twin, ast.Load())),
                False,
            )
        if len(node.args) == 1:
            yield "function", snippet(node), snippet(node.args[0]), _to(node.args[0]), False
    elif isinstance(node, ast.Name) and node.id in symbols and slot.field != "func":
        for other in symbols:
            if other != node.id:
                yield "symbol", node.id, other, _to(ast.Name(other, ast.Load())), False


_RULES: tuple[Rule, ...] = (
    _operators,
    _booleans,
    _constants,
    _axes,
    _off_by_one,
    _statements,
    _calls,
)


_EXPRESSION_RULES: tuple[Rule, ...] = (_operators, _booleans, _constants, _formula)
