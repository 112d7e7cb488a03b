"""A symbolic answer is a formula written out: read in the host, parsed in the sandbox with
only the names a formula needs, rebuilt in the host from a whitelist."""

from __future__ import annotations

import re

import pytest
import sympy

from mldojo.catalog.catalog import Catalog, load_catalog
from mldojo.grading import driver
from mldojo.grading.formula_text import OPERATIONS, formula_refusal, refusal
from mldojo.grading.judge import COLD, build_request, run
from mldojo.grading.symbolic import FUNCTIONS, judge_symbolic, rebuild
from tests.conftest import CONTENT

SYMBOLIC = "math.calculus.chain_rule_symbolic"
X = {"x": sympy.Symbol("x", real=True)}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(content_root=CONTENT)


@pytest.mark.parametrize(
    "source, words",
    [
        ("from sympy import diff\nANSWER = 'x'\n", "(here: an import from sympy on line 1)"),
        ("import math, sympy\nANSWER = 'x'\n", "(here: an import of math, sympy on line 1)"),
        ("x = sympy.Symbol\nANSWER = 'x'\n", "(here: the attribute sympy.Symbol on line 1)"),
        ("ANSWER = 'x'\nfor i in range(2):\n    pass\n", "(here: a loop on line 2)"),
        ("class A:\n    pass\nANSWER = 'x'\n", "(here: the definition of A on line 1)"),
        ("if True:\n    ANSWER = 'x'\n", "(here: the statement `if True:` on line 1)"),
        ("ANSWER = ['x'][0]\n", "(here: the calculation ['x'][0] on line 1)"),
        ("ANSWER = 'x'\nANSWER = -1\n", "set again on line 2"),
        (
            "ANSWER = 'x' if True else 'y'\n",
            "(here: the calculation 'x' if True else 'y' on line 1)",
        ),
        (
            "ANSWER: print('x') = 'x'\n",
            "(here: the statement `ANSWER: print('x') = 'x'` on line 1)",
        ),
        ("ANSWER = B = 'x'\nB = ANSWER\n", "(here: the variable ANSWER on line 2)"),
        ("ANSWER, B = 'x', 'y'\n", "(here: the statement `ANSWER, B = ('x', 'y')` on line 1)"),
    ],
)
def test_code_in_the_file_is_named_with_its_line(catalog: Catalog, source: str, words: str) -> None:
    message = refusal(catalog.get(SYMBOLIC), source)
    assert message is not None and words in message, message
    assert message.startswith("ANSWER must be")


def test_an_answer_that_is_not_a_string_is_named(catalog: Catalog) -> None:
    exercise = catalog.get(SYMBOLIC)
    written = 'ANSWER must be the formula written out in a string, as in ANSWER = "2*x*cos(x**2)"'
    assert refusal(exercise, "ANSWER = None\n") == f"{written}, not None"
    assert refusal(exercise, "ANSWER = -3\n") == f"{written}, not -3"
    assert refusal(exercise, "ANSWER = ('3*x',)\n") == f"{written}, not ('3*x',)"


def test_plain_files_are_left_to_the_sandbox(catalog: Catalog) -> None:
    exercise = catalog.get(SYMBOLIC)
    for source in (
        "ANSWER = ''\n",  # the starter: the sandbox says it is empty
        "# nothing yet\n",  # no ANSWER: the sandbox says it is missing
        "ANSWER = '3*x\n",  # not Python: the sandbox names the line
        "ANSWER = '3*exp(3*x)/(1 + exp(3*x)'\n",  # a bracket left open
        '"""Working."""\nNOTE = {"a": [1, -2.5]}\nANSWER = "3*x"\n',
        exercise.solution_source(),
    ):
        assert refusal(exercise, source) is None, source


@pytest.mark.parametrize(
    "text, words",
    [
        ("x[0]", "it has '[', which formulas do not have: use ( ) to group"),
        ("{x}", "it has '{', which formulas do not have"),
        ("y = 2*x", "it has '=': write only the formula, as in 2*x (not y = 2*x)"),
        ("sin(x=1)", "it has '='"),
        ("(y := x)", "it has ':='"),
        ("x; 1", "it has ';', which formulas do not have"),
        ("x @ x", "it has '@', which formulas do not have"),
        ("x if x else 1", "the Python word 'if'"),
        ("_x", "the name '_x'"),
        ("x.real", "'.' after a name"),
        ("1.0.real", "'.' after a name"),
        ("...", "'.' after a name"),
        ("x + 'y'", "text in quotes ('y')"),
        ("1 − x", "it has '−', a typeset minus sign: write the plain -"),
        ("2×x", "it has '×', a typeset multiplication sign: write *"),
        ("x²", "it has '²', a superscript: write powers with **, as in x**2"),
        ("π*x", "it has 'π', the letter pi: write pi"),
    ],
)
def test_what_formulas_do_not_have_is_refused_in_words(text: str, words: str) -> None:
    message = formula_refusal(text, ["x"])
    assert message is not None and words in message, message
    assert message.startswith("your expression could not be read: ")
    assert message.endswith("; write it as Python maths, e.g. 2*x*cos(x**2)")


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_every_calculus_operation_is_named(name: str) -> None:
    task, result = OPERATIONS[name]
    message = f"{name}(...) asks SymPy to {task}: write {result} itself"
    assert formula_refusal(f"2*{name}(x)", ["x"]) == message
    assert formula_refusal(f"2*{name}(x)", ["x", name]) is None  # a symbol of that name


def test_names_are_read_as_python_reads_them() -> None:
    message = formula_refusal("\uff44\uff49\uff46\uff46(x**2, x)", ["x"])  # a wide "diff"
    assert message is not None and message.startswith("diff(...) asks SymPy")


@pytest.mark.parametrize(
    "text",
    [
        *("2*x*cos(x**2)", "3x", "sin x", "x^2", "exp(3*x)/(1+exp(3*x))", "sqrt(x)", "pi*x"),
        *("E**x", "Abs(x)", "0.5*x + 1e-3", "x!", "max(x, 0)", "atan2(x, 1)", "2j*x", "#note"),
    ],
)
def test_formulas_pass_the_reading(text: str) -> None:
    assert formula_refusal(text, ["x"]) is None


def test_the_sandbox_knows_the_functions_the_host_rebuilds() -> None:
    assert set(FUNCTIONS) <= set(driver.FORMULA_NAMES)
    parser_names = {"Symbol", "Function", "Integer", "Float", "Rational"}
    for name in [*driver.FORMULA_NAMES, *driver.FORMULA_SPELLINGS]:
        if name in parser_names:
            continue
        for text in (f"{name}(x)", f"{name}(x, x + 2)", f"2*{name}"):
            parsed = driver._parse_expression(text, ["x"])
            if parsed["ok"]:
                break
        assert parsed["ok"], (name, parsed)
        rebuilt = rebuild(parsed["value"], X)  # raises for anything outside the whitelist
        assert rebuilt.free_symbols <= set(X.values())


@pytest.mark.parametrize(
    "text",
    [
        "diff(log(x), x)",  # SymPy's diff is not there: only a name, nothing is derived
        "integrate(x, x)",
        "Derivative(x**2, x)",
        "getattr(x, 'diff')(x)",
        "log(x).diff(x)",
        "1.0.real",
        "__import__",
        "Abs('diff(x**2, x)')",  # a quoted string would be parsed with all of SymPy
    ],
)
def test_the_sandbox_parser_has_only_the_names_of_formulas(text: str) -> None:
    assert not driver._parse_expression(text, ["x"])["ok"]


def test_the_sandbox_parser_reads_the_usual_spellings() -> None:
    spellings = ("sin x", "ln(x)", "abs(x)", "pow(x, 3)")
    read = {text: driver._parse_expression(text, ["x"]) for text in spellings}
    assert [r["value"][0] for r in read.values()] == ["sin", "log", "Abs", "Pow"], read


@pytest.mark.parametrize(
    "formula",
    [
        "diff(log(1 + exp(3*x)), x)",
        "Derivative(log(1 + exp(3*x)), x).doit()",
        "(log(1 + exp(3*x))).diff(x)",
        "getattr(log(1 + exp(3*x)), 'diff')(x)",
        "getattr(__import__('sympy'), 'diff')(log(1 + exp(3*x)), x)",
        "Abs('diff(log(1 + exp(3*x)), x)')",
    ],
)
def test_the_sandbox_alone_does_not_derive_it_either(catalog: Catalog, formula: str) -> None:
    """The host's reading skipped: the learner's process, run for real, still refuses."""
    exercise = catalog.get(SYMBOLIC)
    request = build_request(exercise, [], f"ANSWER = {formula!r}\n", "answer.py")
    outcome = run(COLD, exercise, dict(request, symbols=["x"]))
    assert outcome.result is not None, outcome
    results = judge_symbolic(exercise, outcome.result["results"][0], seed=7)
    assert len(results) == 1 and not results[0].passed, results


def _judged(catalog: Catalog, exercise_id: str, formula: str, seed: int = 7) -> tuple[bool, str]:
    exercise = catalog.get(exercise_id)
    request = build_request(exercise, [], f"ANSWER = {formula!r}\n", "answer.py")
    symbols = list(exercise.meta.symbolic.symbols) if exercise.meta.symbolic else []
    outcome = run(COLD, exercise, dict(request, symbols=symbols))
    assert outcome.result is not None, outcome
    (result,) = judge_symbolic(exercise, outcome.result["results"][0], seed=seed)
    return result.passed, result.message


@pytest.mark.parametrize(
    "formula, words",
    [
        # a step beyond the points near the origin: refused, wherever it is put
        ("3*exp(3*x)/(1 + exp(3*x)) + Heaviside(x - 7)", "uses Heaviside"),
        ("3*exp(3*x)/(1 + exp(3*x)) + Max(0, x - 2000)", "uses Max"),
        # smooth, and too small to see anywhere near the origin
        ("3*exp(3*x)/(1 + exp(3*x)) + exp(x - 40)", "is not the right expression"),
        ("3*exp(3*x)/(1 + exp(3*x)) + (Abs(x - 9) + x - 9)/2", "is not the right expression"),
    ],
)
def test_a_term_that_acts_only_far_from_the_origin_is_seen(
    catalog: Catalog, formula: str, words: str
) -> None:
    for seed in (1, 2, 3):
        passed, message = _judged(catalog, SYMBOLIC, formula, seed)
        assert not passed and words in message, message


def test_an_equal_formula_in_other_functions_passes(catalog: Catalog) -> None:
    assert _judged(catalog, "math.calculus.sigmoid_derivative", "sech(z/2)**2/4")[0]
    assert _judged(catalog, SYMBOLIC, "3/(1 + exp(-3*x))")[0]
    assert _judged(catalog, SYMBOLIC, "3*(1 + tanh(3*x/2))/2")[0]
    assert _judged(catalog, "math.probability.dropout_variance", "pow(x, 2)*(1 - p)/p")[0]


def test_a_wrong_formula_is_shown_where_it_is_easiest_to_check(catalog: Catalog) -> None:
    # Wrong everywhere: the point named is one with positive, small values.
    for seed in (1, 2, 3):
        passed, message = _judged(
            catalog, "math.probability.dropout_variance", "x**2*(1 - p)", seed
        )
        where = message.split(" at ", 1)[1].split(" it ", 1)[0]
        values = [float(part.split(" = ")[1]) for part in where.split(", ")]
        assert not passed and all(0 < v <= 2 for v in values), message
    # Wrong only for negative x: a negative point is named.
    passed, message = _judged(catalog, SYMBOLIC, "3*exp(3*Abs(x))/(1 + exp(3*Abs(x)))")
    assert not passed and " at x = -" in message, message


@pytest.mark.parametrize("term", ["x/10**6", "x/10**9"])
def test_a_wrong_formula_is_shown_where_its_value_differs_as_printed(
    catalog: Catalog, term: str
) -> None:
    # Off by a term too small to show in four digits near the origin (by 1e-9 x, in
    # none): the point named, or the digits shown, make the difference visible.
    for seed in (1, 2, 3):
        passed, message = _judged(catalog, SYMBOLIC, f"3*exp(3*x)/(1 + exp(3*x)) + {term}", seed)
        mine, want = re.search(
            r" it gives (\S+), the answer gives (\S+?)[.:;]?(?:\s|$)", message
        ).groups()
        assert not passed and mine != want, message


def test_a_power_of_a_sum_is_compared_at_the_points_not_expanded(catalog: Catalog) -> None:
    # simplify would expand it in the host for many minutes; the points decide at once.
    passed, message = _judged(catalog, SYMBOLIC, "(sin(x) + cos(x) + tan(x) + exp(x))**12")
    assert not passed and "is not the right expression" in message, message
    # and a right answer in that form still passes, on the points
    assert _judged(catalog, SYMBOLIC, "3*exp(3*x)*(1 + exp(3*x))**3/(1 + exp(3*x))**4")[0]


@pytest.mark.parametrize(
    "formula", ["exp(exp(exp(exp(z))))", "z**z**z**z", "gamma(exp(exp(z)))", "sin(exp(exp(z)))"]
)
def test_an_answer_that_grows_past_any_number_is_judged_not_worked_out(
    catalog: Catalog, formula: str
) -> None:
    # Worked out whole, SymPy went on in the host, holding the GIL, until memory ran out
    # (exp(exp(exp(exp(z)))) at z = 1000): the web app froze. Past a bound it is undefined.
    for seed in (1, 2, 3, 4, 5):
        passed, message = _judged(catalog, "math.calculus.sigmoid_derivative", formula, seed)
        assert not passed and "is not the right expression" in message, message


def test_a_formula_too_big_to_read_in_time_is_said_to_be_one(catalog: Catalog) -> None:
    # SymPy works 9**9**9**9 out as it reads it, until the limit: the advice for a loop
    # ("look for an endless loop, a blocking wait") meant nothing for a formula.
    from dataclasses import replace

    from mldojo.grading.local import LocalGrader

    exercise = catalog.get("math.calculus.sigmoid_derivative")
    limits = exercise.meta.limits.model_copy(update={"time_s": 1})
    exercise = replace(exercise, meta=exercise.meta.model_copy(update={"limits": limits}))
    verdict = LocalGrader().grade(exercise, "ANSWER = '9**9**9**9'\n", seed=1)
    message = " ".join(c.message for c in verdict.cases)
    assert not verdict.passed and "too large to work out" in message, message
    assert "endless loop" not in message


@pytest.mark.parametrize(
    "tree, words",
    [
        (["Pow", ["Integer", "10"], ["Integer", str(10**10)]], "raised to a power over 64"),
        (["Integer", str(10**15)], "a number over"),
        (["factorial", ["Integer", str(10**6)]], "factorial of a number over 1000"),
        (
            [
                "Pow",
                ["Pow", ["Pow", ["Integer", "10"], ["Integer", "64"]], ["Integer", "64"]],
                ["Integer", "64"],
            ],
            "a number this large",
        ),
    ],
)
def test_a_forged_tree_never_makes_the_host_work_out_a_huge_number(
    tree: list[object], words: str
) -> None:
    # The child sends a tree; one written to cost the host is refused as it is rebuilt.
    with pytest.raises(ValueError, match=words):
        rebuild(tree, {"x": sympy.Symbol("x")})
