"""A symbolic answer's file, read without running it: the formula must be written out.

The learner's file for a symbolic exercise sets its entry once, to a string literal;
code that computes the string (`import sympy`, `str(sympy.diff(...))`) and formulas
that hand the work to SymPy (`diff(...)`, `(...).diff(x)`) are refused before anything
runs, with what to write instead. Read with `ast` and `tokenize` only, never evaluated.
"""

from __future__ import annotations

import ast
import io
import keyword
import tokenize
import unicodedata

from mldojo.catalog.exercise import Exercise
from mldojo.syntax import parse_module

# Names that would make SymPy do the exercise's work: what it would do, and what to
# write instead. A symbol of the exercise that has one of these names stays allowed.
_DERIVATIVE = ("do the derivative", "the derivative")
_ALGEBRA = ("do the algebra", "the simplified formula")
_BUILD = ("build or evaluate the formula", "the formula")
OPERATIONS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("diff", "Derivative", "idiff", "derive_by_array", "hessian"), _DERIVATIVE),
    **dict.fromkeys(
        ("integrate", "Integral", "line_integrate"), ("do the integral", "the integral")
    ),
    **dict.fromkeys(("limit", "Limit"), ("take the limit", "the limit")),
    **dict.fromkeys(("Sum", "summation"), ("do the sum", "the sum")),
    **dict.fromkeys(("Product", "product"), ("do the product", "the product")),
    **dict.fromkeys(
        ("solve", "solveset", "linsolve", "nonlinsolve", "nsolve", "dsolve", "rsolve", "roots"),
        ("solve the equation", "the solution"),
    ),
    **dict.fromkeys(
        ("simplify", "expand", "factor", "cancel", "together", "apart", "collect", "trigsimp"),
        _ALGEBRA,
    ),
    **dict.fromkeys(
        ("powsimp", "radsimp", "ratsimp", "logcombine", "expand_log", "nsimplify", "combsimp"),
        _ALGEBRA,
    ),
    **dict.fromkeys(("series", "nseries", "fps"), ("expand the series", "the expansion")),
    **dict.fromkeys(
        ("subs", "Subs", "doit", "evalf", "N", "sympify", "S", "Lambda", "Function", "Symbol"),
        _BUILD,
    ),
    **dict.fromkeys(("symbols", "lambdify", "parse_expr", "Eq"), _BUILD),
}
# Python punctuation that no formula needs (besides brackets, '.' and '='): slices and
# annotations, statements, matrix products.
_NOT_IN_FORMULAS = (":", ";", "@", "->")
DOT = (
    "it has a '.' after a name, a number or a bracket (as in 'x.y' or '(x + 1).diff(x)'): "
    "a formula uses '.' only in decimals such as 0.5"
)


def refusal(exercise: Exercise, source: str) -> str | None:
    """Why the learner's file does not write its formula out, or None when it does.

    Read, never run: the file may hold a docstring, comments and plain literal
    assignments, and sets the entry once, to a string literal. A file that does not
    parse is left to the sandbox, which names the line.
    """
    spec = exercise.meta.symbolic
    assert spec is not None  # the catalog guarantees a [symbolic] table
    entry, name = exercise.meta.entry, spec.symbols[0]
    written = f'the formula written out in a string, as in {entry} = "2*{name}*cos({name}**2)"'
    try:
        tree = parse_module(source)
    except (SyntaxError, ValueError):  # ValueError: a null byte
        return None
    formula: str | None = None
    for node in tree.body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # a docstring, or a note left as a string
        names, value = assigned(node)
        if entry in names and formula is not None:
            return (
                f"{entry} must be set once, to {written}: it is set again on line "
                f"{node.lineno}; keep only the line that holds your formula"
            )
        code = _code(node) if value is None else _code_in(value)
        if code is not None:
            return (
                f"{entry} must be {written}: computing it with code (here: {code} on line "
                f"{node.lineno}) does not show you can derive it"
            )
        if entry in names and value is not None:
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                return f"{entry} must be {written}, not {_clip(ast.unparse(value))}"
            formula = value.value
    return None if formula is None else formula_refusal(formula, spec.symbols)


# Characters of typeset maths, pasted from a page or typed on a phone, and what a
# formula writes instead.
TYPESET = {
    **dict.fromkeys("−–—", ("a typeset minus sign", "the plain -")),
    **dict.fromkeys("×·⋅∙", ("a typeset multiplication sign", "*")),
    "÷": ("a typeset division sign", "/"),
    **dict.fromkeys("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", ("a superscript", "powers with **, as in x**2")),
    "√": ("a root sign", "sqrt(...)"),
    "π": ("the letter pi", "pi"),
    "∞": ("an infinity sign", "oo"),
}


def formula_refusal(text: str, symbols: list[str]) -> str | None:
    """What in a formula's text is not maths, or None: read token by token, never run."""
    typeset = next((c for c in text if c in TYPESET), None)
    if typeset is not None:
        what, instead = TYPESET[typeset]
        return not_read(f"it has '{typeset}', {what}: write {instead}", symbols[0])
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            word = unicodedata.normalize("NFKC", token.string)  # as Python reads a name
            if token.type == tokenize.NAME and word in OPERATIONS and word not in symbols:
                task, result = OPERATIONS[word]
                return f"{word}(...) asks SymPy to {task}: write {result} itself"
            problem = _not_maths(token.type, word, symbols[0])
            if problem is not None:
                return not_read(problem, symbols[0])
    except (tokenize.TokenError, SyntaxError):
        pass  # an unfinished formula (a bracket left open): the sandbox's reader says so
    return None


def _not_maths(kind: int, word: str, name: str) -> str | None:
    if kind == tokenize.NAME and keyword.iskeyword(word):
        return f"it uses the Python word '{word}', which formulas do not have"
    if kind == tokenize.NAME and word.startswith("_"):
        return f"it uses the name '{word}': names beginning with '_' are Python's, not maths"
    if kind == tokenize.STRING or tokenize.tok_name[kind].startswith("FSTRING"):
        return f"it has text in quotes ({_clip(word)}), which formulas do not have"
    if kind != tokenize.OP:
        return None
    if "." in word:
        return DOT
    if word in ("[", "]", "{", "}"):
        return f"it has '{word}', which formulas do not have: use ( ) to group"
    if "=" in word and word not in ("==", "!=", "<=", ">="):
        return f"it has '{word}': write only the formula, as in 2*{name} (not y = 2*{name})"
    if word in _NOT_IN_FORMULAS:
        return f"it has '{word}', which formulas do not have: use + - * / ** ( ) and functions"
    return None


def not_read(reason: str, name: str) -> str:
    return (
        f"your expression could not be read: {reason}; write it as Python maths, "
        f"e.g. 2*{name}*cos({name}**2)"
    )


def assigned(node: ast.stmt) -> tuple[list[str], ast.expr | None]:
    """The plain names a statement assigns and the value it gives them (None: no value):
    how a file that is read, never run, sets its answer."""
    if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
        return [t.id for t in node.targets if isinstance(t, ast.Name)], node.value
    if (
        isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.value is not None
        and isinstance(node.annotation, ast.Name | ast.Constant)  # ANSWER: str = "..."
    ):
        return [node.target.id], node.value
    if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
        return [node.target.id], None
    return [], None


def _code(statement: ast.stmt) -> str:
    """A statement other than a plain assignment, in words."""
    if isinstance(statement, ast.Import):
        return "an import of " + ", ".join(alias.name for alias in statement.names)
    if isinstance(statement, ast.ImportFrom):
        return f"an import from {statement.module or '.'}"
    if isinstance(statement, ast.Expr):
        return _code_in(statement.value) or "an expression"
    if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return f"the definition of {statement.name}"
    if isinstance(statement, ast.For | ast.AsyncFor | ast.While):
        return "a loop"
    return f"the statement `{_clip(ast.unparse(statement).splitlines()[0])}`"


# What a plain literal is made of: constants in tuples, lists, sets and dicts, signed
# (expr_context: the Load marks that every name and container carries).
_LITERAL = (
    ast.Constant,
    ast.Tuple,
    ast.List,
    ast.Set,
    ast.Dict,
    ast.UnaryOp,
    ast.USub,
    ast.UAdd,
    ast.expr_context,
)


def _code_in(value: ast.expr) -> str | None:
    """The code in an expression, in words; None for a plain literal. A call or an
    f-string says the most, then a name, then the calculation around them."""
    nodes = list(ast.walk(value))
    for node in nodes:
        if isinstance(node, ast.Call) and _dotted(node.func):
            return f"a call of {_clip(ast.unparse(node.func))}"
        if isinstance(node, ast.JoinedStr):
            return "an f-string"
    for node in nodes:
        if isinstance(node, ast.Name):
            return f"the variable {node.id}"
        if isinstance(node, ast.Attribute) and _dotted(node):
            return f"the attribute {_clip(ast.unparse(node))}"
    if all(isinstance(node, _LITERAL) for node in nodes):
        return None
    return f"the calculation {_clip(ast.unparse(value))}"


def _dotted(node: ast.expr) -> bool:
    """Whether a called thing is a name or a dotted name (`open(p).close()` is named by
    the call of `open` inside it)."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, ast.Name)


def _clip(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."
