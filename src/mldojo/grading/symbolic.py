"""Symbolic exercises: the learner's expression is parsed in the sandbox, never in the host.

The child sends back the expression's tree; the host rebuilds it only from a
whitelist of SymPy classes, then compares it with the reference: equal when
SymPy proves the difference is zero, or when the two agree at many random
points (SymPy cannot prove every identity). A mismatch names a point where
they differ, and, when the answer equals one of the usual wrong answers that
the exercise lists (`MISTAKES` in an optional cases.py), what that mistake is.

Before anything runs, the host reads the learner's file without running it
(`grading.formula_text`): the answer must be a formula written out in a string.
"""

from __future__ import annotations

from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.errors import ContentError
from mldojo.grading.formula_text import not_read
from mldojo.grading.verdict import CaseResult
from mldojo.syntax import parse_module

FUNCTIONS = (
    "Add",
    "Mul",
    "Pow",
    "sin",
    "cos",
    "tan",
    "cot",
    "sec",
    "csc",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "sech",
    "csch",
    "coth",
    "asinh",
    "acosh",
    "atanh",
    "exp",
    "log",
    "Abs",
    "sign",
    "Max",
    "Min",
    "floor",
    "ceiling",
    "factorial",
    "binomial",
    "gamma",
    "erf",
    "Heaviside",
)
CONSTANTS = (
    "Pi",
    "Exp1",
    "ImaginaryUnit",
    "Infinity",
    "NegativeInfinity",
    "Half",
    "One",
    "NegativeOne",
    "Zero",
    "EulerGamma",
)
# Steps, kinks and rounding: an answer may use one only where the reference does, or a
# term that acts beyond every point compared (Heaviside(x - 100)) would go unseen.
NOT_SMOOTH = frozenset({"sign", "Max", "Min", "floor", "ceiling", "Heaviside"})
CASE = "your expression"
# Where an answer SymPy cannot prove equal is compared: NEAR points in [-2, 2], WIDE ones
# in [-6, 6] and FAR ones of magnitude 10 to 10**4 ((0.1, ...) for positive symbols), so
# a term that acts only away from the origin is seen; a few points may be undefined.
NEAR, WIDE, FAR = 16, 6, 6
MIN_COMPARED = 12


class UnknownNode(ValueError):
    pass


def symbols_of(exercise: Exercise) -> dict[str, Any]:
    import sympy

    spec = exercise.meta.symbolic
    assert spec is not None  # the catalog guarantees a [symbolic] table
    assumptions = {"positive": True} if spec.positive else {"real": True}
    return {name: sympy.Symbol(name, **assumptions) for name in spec.symbols}


# SymPy works out numbers exactly as it builds them (10**10**10, factorial(10**6)), in
# the host, which no limit guards: an answer holds no such numbers, so none is built.
MAX_WHOLE = 10**12  # the largest integer an answer may hold
MAX_EXACT_POWER = 64  # the largest exponent of a number raised exactly
MAX_COUNTED = 1_000  # the largest number a factorial, binomial or gamma may be taken of


def rebuild(tree: Any, symbols: dict[str, Any]) -> Any:
    """A SymPy expression from the child's tree, using only whitelisted classes, and no
    number too large to work out in the host."""
    import sympy

    if not isinstance(tree, list) or not tree or not isinstance(tree[0], str):
        raise UnknownNode("a malformed expression came back")
    head, args = tree[0], tree[1:]
    if head in ("Integer", "Rational") and any(abs(int(a)) > MAX_WHOLE for a in args):
        raise UnknownNode(
            f"a number over {MAX_WHOLE:.0e} is not part of this answer: write the formula"
        )
    if head == "Symbol":
        if args[0] not in symbols:
            euler = ": for Euler's number, write e^u as exp(u) or E**u" if args[0] == "e" else ""
            raise UnknownNode(
                f"'{args[0]}' is neither a symbol of this exercise ({', '.join(symbols)}) nor a "
                f"function mldojo accepts (exp, log, sqrt, sin, cos, tan, Abs, ...){euler}"
            )
        return symbols[args[0]]
    if head == "Integer":
        return sympy.Integer(int(args[0]))
    if head == "Rational":
        return sympy.Rational(int(args[0]), int(args[1]))
    if head == "Float":
        return sympy.Float(str(args[0]))
    if head == "Constant":
        if args[0] not in CONSTANTS:
            raise UnknownNode(f"the constant {args[0]} is not accepted")
        return getattr(sympy.S, args[0])
    if head not in FUNCTIONS:
        raise UnknownNode(f"{head} is not a function mldojo accepts in an answer")
    built = [rebuild(a, symbols) for a in args]
    numbers = [b for b in built if b.is_Number]
    if head == "Pow" and len(numbers) == 2 and abs(numbers[1]) > MAX_EXACT_POWER:
        raise UnknownNode(
            f"a number raised to a power over {MAX_EXACT_POWER} is not part of this answer"
        )
    if head in ("factorial", "binomial", "gamma") and any(abs(n) > MAX_COUNTED for n in numbers):
        raise UnknownNode(f"{head} of a number over {MAX_COUNTED} is not part of this answer")
    result = getattr(sympy, head)(*built)
    if result.is_Rational and max(abs(result.p), result.q).bit_length() > 4 * 4096:
        raise UnknownNode("a number this large is not part of this answer: write the formula")
    return result


def reference_expression(exercise: Exercise) -> Any:
    """The reference's ANSWER string, parsed in the host: it is trusted content."""
    import ast

    from sympy.parsing.sympy_parser import parse_expr

    tree = parse_module(exercise.solution_source())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == exercise.meta.entry for t in node.targets
        ):
            return parse_expr(ast.literal_eval(node.value), local_dict=symbols_of(exercise))
    raise ValueError(f"{exercise.solution_path} does not set {exercise.meta.entry}")


def known_mistakes(exercise: Exercise) -> list[tuple[Any, str]]:
    """The usual wrong answers and what each one gets wrong, parsed in the host: the
    exercise's `MISTAKES`, a list of (expression, explanation), is trusted content."""
    if not exercise.cases_path.is_file():
        return []
    from tokenize import TokenError

    from sympy import SympifyError
    from sympy.parsing.sympy_parser import parse_expr

    from mldojo.grading.checks import load_module

    symbols = symbols_of(exercise)
    mistakes = []
    for text, advice in getattr(load_module(exercise), "MISTAKES", ()):
        try:
            mistakes.append((parse_expr(str(text), local_dict=dict(symbols)), str(advice)))
        except (SympifyError, SyntaxError, TokenError, TypeError, ValueError) as exc:
            raise ContentError(
                f"{exercise.cases_path}: the mistake {text!r} in MISTAKES cannot be read "
                f"by SymPy ({type(exc).__name__}); write it as Python maths in the symbols "
                f"{', '.join(symbols)}."
            ) from None
    return mistakes


def _agree(first: Any, second: Any, points: list[dict[Any, Any]]) -> bool:
    """Whether two expressions are proved equal, or agree at every given point."""
    import numpy as np
    import sympy

    if _provable(first) and _provable(second) and sympy.simplify(first - second) == 0:
        return True
    for point in points:
        a, b = _value(first, point), _value(second, point)
        if a is None or b is None or not np.isclose(a, b, rtol=1e-8, atol=1e-10):
            return False
    return bool(points)


def _diagnosis(exercise: Exercise, answer: Any, points: list[dict[Any, Any]]) -> str:
    for wrong, advice in known_mistakes(exercise):
        if _agree(answer, wrong, points):
            return f"; {advice}"
    return ""


def judge_symbolic(exercise: Exercise, got: dict[str, Any], seed: int) -> list[CaseResult]:
    import numpy as np
    import sympy

    symbols = symbols_of(exercise)
    if not got["ok"]:
        return [CaseResult(CASE, False, not_read(unreadable(got["error"]), next(iter(symbols))))]
    try:
        answer = rebuild(got["value"], symbols)
    except (UnknownNode, ValueError, TypeError) as exc:
        return [CaseResult(CASE, False, str(exc))]
    expected = reference_expression(exercise)
    steps = sorted(_heads(answer) & NOT_SMOOTH - _heads(expected))
    if steps:
        return [
            CaseResult(
                CASE,
                False,
                f"{sympy.sstr(answer)} uses {', '.join(steps)}, which this answer does not "
                "need: write it as one formula, without steps, max or min, signs or rounding",
            )
        ]
    if _provable(answer) and sympy.simplify(answer - expected) == 0:
        return [CaseResult(CASE, True, "")]
    points = _points(
        np.random.default_rng(seed),
        list(symbols.values()),
        positive=bool(exercise.meta.symbolic and exercise.meta.symbolic.positive),
    )
    compared = 0
    differ = []  # (point, the answer's value, the reference's) where they differ
    for point in points:
        want = _value(expected, point)
        if want is None:  # the reference is undefined there: nothing to compare
            continue
        mine = _value(answer, point)
        if mine is None or not np.isclose(mine, want, rtol=1e-8, atol=1e-10):
            differ.append((point, mine, want))
        compared += 1
    if differ:
        # The point a reader can check most easily: one whose values differ as printed,
        # positive values first, then small ones.
        def alike(mine: complex | None, want: complex) -> bool:
            return mine is not None and _number(mine) == _number(want)

        point, mine, want = min(
            differ,
            key=lambda d: (
                alike(d[1], d[2]),
                any(v < 0 for v in d[0].values()),
                max(abs(v) for v in d[0].values()),
            ),
        )
        digits = 12 if alike(mine, want) else 4  # they differ only far along
        where = ", ".join(f"{s} = {float(v):.3g}" for s, v in point.items())
        gives = "is undefined" if mine is None else f"gives {_number(mine, digits)}"
        return [
            CaseResult(
                CASE,
                False,
                f"{sympy.sstr(answer)} is not the right expression: at {where} it "
                f"{gives}, the answer gives {_number(want, digits)}"
                f"{_diagnosis(exercise, answer, points)}",
            )
        ]
    if compared < MIN_COMPARED:
        return [
            CaseResult(
                CASE,
                False,
                f"{sympy.sstr(answer)} could not be compared with the answer at enough "
                "points: SymPy cannot show they are equal; write it in a simpler form",
            )
        ]
    return [CaseResult(CASE, True, "equal at every point tried")]


# SymPy's simplify runs unbounded in the host, and a power of a sum makes it expand:
# (sin(x) + cos(x) + tan(x) + exp(x))**3 takes a second, **12 many minutes. Only an
# expression within these bounds is proved equal; any other is compared at the points.
PROVE_OPS = 40
PROVE_EXPANSION = 16  # terms a power of a sum expands to: 2 terms squared is 4


def _provable(expression: Any) -> bool:
    import sympy

    if sympy.count_ops(expression) > PROVE_OPS:
        return False
    return not any(
        power.base.is_Add
        and power.exp.is_Number
        and len(power.base.args) ** min(abs(float(power.exp)), 64) > PROVE_EXPANSION
        for power in expression.atoms(sympy.Pow)
    )


def _heads(expression: Any) -> set[str]:
    import sympy

    return {type(node).__name__ for node in sympy.preorder_traversal(expression)}


def _points(rng: Any, symbols: list[Any], *, positive: bool) -> list[dict[Any, Any]]:
    import numpy as np
    import sympy

    values = {}
    for symbol in symbols:
        near = rng.uniform(0.1 if positive else -2.0, 2.0, NEAR)
        wide = rng.uniform(0.1 if positive else -6.0, 6.0, WIDE)
        far = 10 ** rng.uniform(1, 4, FAR)
        if not positive:  # as many on each side: a term may act on one side only
            far *= rng.permutation(np.resize([1.0, -1.0], FAR))
        values[symbol] = np.concatenate([near, wide, far])
    return [
        {s: sympy.Float(float(v[i])) for s, v in values.items()} for i in range(NEAR + WIDE + FAR)
    ]


# SymPy works out exp, sin, a power... of a number to the precision its size asks, in
# the host and holding the GIL: exp(1e300) takes 0.1 s, exp(1e1000) a second, and
# exp(exp(exp(exp(z)))) at z = 1000 more memory than there is. One of these functions of
# a number past ARGUMENT_LIMIT (a power, of its exponent times the logarithm of its base)
# is undefined there: below it each takes well under a millisecond. The others (log,
# sums, products...) cost little at any size, so exp(z)/(1 + exp(z))**2 at z = 9999 is
# still a tiny number, and log(exp(3*x) + 1) at x = 8000 about 24000, as SymPy gives.
GROWING = frozenset(
    {"exp", "sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "sech", "csch"}
    | {"coth", "gamma", "factorial", "binomial", "erf"}
)
ARGUMENT_LIMIT = 10**100


class _Beyond(ArithmeticError):
    pass


def _value(expression: Any, point: dict[Any, Any]) -> complex | None:
    """The expression's value at the point, or None where it is undefined, infinite or
    beyond a float, at any step: it is worked out from the symbols up, each step a
    float-precision number."""
    import cmath

    try:
        value = complex(_bounded(expression, point))
    except (TypeError, ValueError, ArithmeticError, RecursionError):
        return None
    return value if cmath.isfinite(value) else None


def _bounded(node: Any, point: dict[Any, Any]) -> Any:
    import sympy

    if node.is_Symbol:
        return point[node]
    if not node.args:  # a number or a constant (pi, E)
        return node.evalf()
    args = [_bounded(arg, point) for arg in node.args]
    if node.is_Pow:
        base, exponent = args
        sizes = [abs(exponent) * max(1, abs(sympy.log(abs(base)))) if base else abs(exponent)]
    elif type(node).__name__ in GROWING:
        sizes = [abs(arg) for arg in args]
    else:
        sizes = []
    # A comparison with NaN raises TypeError; one with a symbol left over is not true.
    if any((size <= ARGUMENT_LIMIT) is not sympy.true for size in sizes):
        raise _Beyond
    return node.func(*args).evalf()


def unreadable(error: dict[str, Any]) -> str:
    """What is wrong with an expression SymPy could not read, in words: the sandbox
    names a Python exception, which means nothing to someone writing maths."""
    kind, message = str(error.get("type", "")), str(error.get("message", ""))
    if kind == "TokenError":  # the tokenizer ran off the end: a bracket left open
        return "its brackets do not match: every '(' needs its ')', and every ')' its '('"
    if kind == "SyntaxError":
        if "unterminated string" in message or "EOL while scanning" in message:
            return "it has a quote mark that is never closed"
        if "'(' was never closed" in message or "unmatched" in message:
            return "its brackets do not match: every '(' needs its ')', and every ')' its '('"
        return (
            "it is not a well-formed formula: look for an operator with nothing on one side "
            "(as in '2*x**' or 'x +* 3'), or a statement such as 'x = ...' where only the "
            "expression belongs"
        )
    if kind == "TypeError" and message.startswith(("it is not a formula", "the answer must")):
        return message  # already said in words by the sandbox's parser
    if kind == "TypeError" and "unsupported operand" in message:
        return "it uses an operator that formulas do not have: use + - * / ** and functions"
    if kind == "TypeError" and "subscriptable" in message:
        return "it indexes with [ ], which formulas do not have: use ( ) to group"
    if kind == "AttributeError":
        return (
            "it has a '.' after a name or a number (as in 'x.y' or '1..2'): write decimals "
            "as 0.5 and use only symbols, numbers, operators and functions"
        )
    if kind == "ValueError" and "nested" in message:
        return message
    return "SymPy cannot turn it into a formula: use symbols, numbers, + - * / ** and functions"


def _number(value: complex, digits: int = 4) -> str:
    return f"{value.real:.{digits}g}" if abs(value.imag) < 1e-12 else f"{value:.{digits}g}"
