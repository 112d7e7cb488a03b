"""Grading real submissions in real child processes: only the host's comparison passes."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from mldojo.catalog.catalog import Catalog, load_catalog
from mldojo.errors import ContentError
from mldojo.grading.checks import load_checks, make_cases
from mldojo.grading.judge import build_request, plan
from mldojo.grading.local import LocalGrader
from mldojo.grading.runner import request_line
from mldojo.grading.verdict import Status
from tests.conftest import BROADCAST, CONTENT, copy_exercises

LRU = "python.classes.lru_cache"
BAYES = "math.probability.bayes_test"
CHOICE = "soft.communication.report_uncertainty"
MULTI = "soft.patience.systematic_debugging"
SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(content_root=CONTENT)


def grade(catalog: Catalog, exercise_id: str, source: str, seed: int = 7):  # type: ignore[no-untyped-def]
    return LocalGrader().grade(catalog.get(exercise_id), textwrap.dedent(source), seed=seed)


def failing(verdict) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.message for c in verdict.cases if not c.passed]


def test_the_reference_passes_and_the_starter_fails(catalog: Catalog) -> None:
    exercise = catalog.get(BROADCAST)
    assert grade(catalog, BROADCAST, exercise.solution_source()).passed
    verdict = grade(catalog, BROADCAST, exercise.starter())
    assert not verdict.passed and verdict.status is Status.FAILED
    assert "NotImplementedError" in failing(verdict)[0]


def test_a_wrong_answer_fails_with_a_teaching_message(catalog: Catalog) -> None:
    verdict = grade(
        catalog,
        BROADCAST,
        """
        def add_row_offsets(X, offsets):
            return X + offsets
    """,
    )
    messages = " ".join(failing(verdict))
    assert "added along the columns" in messages and "add_row_offsets(" in messages


def test_a_usual_error_says_what_it_usually_means(catalog: Catalog) -> None:
    crashed = failing(
        grade(catalog, BROADCAST, "def add_row_offsets(X, offsets):\n    return X + offsets.T\n")
    )
    assert any(
        m.startswith("raised ValueError: operands could not be broadcast")
        and m.endswith("make it a column (v[:, None])")
        for m in crashed
    )
    unimported = failing(
        grade(
            catalog,
            BROADCAST,
            "def add_row_offsets(X, offsets):\n    return np.add(X, offsets[:, None])\n",
        )
    )
    assert unimported and all(
        m.endswith("; add `import numpy as np` at the top of your file") for m in unimported
    )
    own = failing(
        grade(
            catalog, BROADCAST, "def add_row_offsets(X, offsets):\n    raise ValueError('mine')\n"
        )
    )
    assert own and all("; " not in m.split("raised ValueError: mine", 1)[1] for m in own)


def test_an_exercise_can_word_a_learner_s_exception_itself(tmp_path: Path) -> None:
    root = copy_exercises(tmp_path / "content", BROADCAST)
    cases = root.joinpath(*BROADCAST.split(".")) / "cases.py"
    original = cases.read_text()
    words = "offsets are added, never divided: remove the division"
    explain = f"return {words!r} if error['type'] == 'ZeroDivisionError' else None"
    cases.write_text(f"{original}\n\ndef explain_error(case, error):\n    {explain}\n")
    dividing = "def add_row_offsets(X, offsets):\n    return X + 1 // 0\n"
    own = failing(grade(load_catalog(content_root=root), BROADCAST, dividing))
    assert own and all(m.endswith(words) for m in own), own
    # Another exception, which the exercise leaves alone, keeps the usual advice.
    misaligned = "def add_row_offsets(X, offsets):\n    return X + offsets\n"
    usual = failing(grade(load_catalog(content_root=root), BROADCAST, misaligned))
    assert usual and words not in usual[0] and "shapes" in usual[0], usual
    # An explanation that fails is the exercise's fault, said as such.
    cases.write_text(f"{original}\n\ndef explain_error(case, error):\n    return 1 / 0\n")
    with pytest.raises(ContentError, match="explaining the case"):
        grade(load_catalog(content_root=root), BROADCAST, dividing)


def test_printing_or_exiting_zero_is_never_a_pass(catalog: Catalog) -> None:
    printed = grade(
        catalog,
        BROADCAST,
        """
        print('{"results": [], "passed": true}')
        def add_row_offsets(X, offsets):
            print("all tests passed")
            return None
    """,
    )
    assert not printed.passed and "all tests passed" in printed.output
    exited = grade(catalog, BROADCAST, "import sys\nsys.exit(0)\n")
    assert not exited.passed and exited.status is Status.ERROR
    killed = grade(catalog, BROADCAST, "import os\nos._exit(0)\n")
    assert not killed.passed and killed.status is Status.CRASHED
    assert "exited with code 0 before it reported any result" in failing(killed)[0]


def test_sys_exit_is_named_where_it_happened(catalog: Catalog) -> None:
    """An exit while loading fails "your file loads"; one inside the function is past
    loading, and the case says so."""
    at_load = grade(catalog, BROADCAST, "import sys\nsys.exit(0)\n")
    [(name, message)] = [(c.name, c.message) for c in at_load.cases if not c.passed]
    assert name == "your file loads"
    assert message.startswith("called sys.exit(0) (line 2 of broadcast_add.py) while loading")
    in_call = grade(
        catalog,
        BROADCAST,
        """
        import sys
        def add_row_offsets(X, offsets):
            sys.exit(3)
        """,
    )
    [(name, message)] = [(c.name, c.message) for c in in_call.cases if not c.passed]
    assert name == "runs to the end"
    assert message.startswith("called sys.exit(3) (line 4 of broadcast_add.py) while running")
    assert "return the answer" in message


def test_load_problems_name_the_line(catalog: Catalog) -> None:
    syntax = grade(catalog, BROADCAST, "def add_row_offsets(X, offsets)\n    return X\n")
    assert syntax.status is Status.ERROR
    assert failing(syntax) == [
        "raised SyntaxError: expected ':' (line 1 of broadcast_add.py) while loading your file"
    ]
    missing = grade(catalog, BROADCAST, "def add_offsets(X, offsets):\n    return X\n")
    assert "does not define add_row_offsets" in failing(missing)[0]
    crash = grade(catalog, BROADCAST, "x = 1\nraise RuntimeError('boom')\n")
    assert "RuntimeError: boom (line 2 of broadcast_add.py)" in failing(crash)[0]


def test_limits_are_named_in_words(catalog: Catalog, tmp_path: Path) -> None:
    # The exercise refuses loops in Python before running them: a copy lets this one run.
    root = copy_exercises(tmp_path / "content", BROADCAST)
    toml = root.joinpath(*BROADCAST.split(".")) / "exercise.toml"
    toml.write_text(toml.read_text().replace("vectorised = true\n", ""))
    looping = grade(
        load_catalog(content_root=root),
        BROADCAST,
        """
        def add_row_offsets(X, offsets):
            while True:
                pass
    """,
    )
    assert looping.status is Status.TIMEOUT and "endless loop" in failing(looping)[0]
    hungry = grade(
        catalog,
        BROADCAST,
        """
        import numpy as np
        def add_row_offsets(X, offsets):
            return np.ones((40_000, 40_000))
    """,
    )
    assert not hungry.passed and "memory" in failing(hungry)[0]


def test_values_that_cannot_cross_are_refused_in_words(catalog: Catalog) -> None:
    verdict = grade(
        catalog,
        BROADCAST,
        """
        def add_row_offsets(X, offsets):
            return object()
    """,
    )
    assert "cannot be checked when called as add_row_offsets(" in failing(verdict)[0]


def test_a_method_that_returns_its_object_is_said_so(catalog: Catalog) -> None:
    put = "    def put(self, key: Hashable, value: Any) -> None:\n"
    source = catalog.get(LRU).solution_source()
    assert put in source
    fluent = source.replace(
        put,
        "    def put(self, key, value):\n        self._put(key, value)\n        return self\n\n"
        + put.replace("put", "_put"),
        1,
    )
    messages = failing(grade(catalog, LRU, fluent))
    assert messages and all(
        "put() returned the object itself (`return self`)" in m for m in messages
    ), messages


def test_the_learner_process_gets_inputs_but_not_the_reference(catalog: Catalog) -> None:
    exercise = catalog.get(BROADCAST)
    cases = make_cases(exercise, load_checks(exercise), 3)
    request = build_request(exercise, cases, "learner code", "broadcast_add.py")
    text = repr(request)
    assert "learner code" in text
    assert exercise.solution_source().strip().splitlines()[-1].strip() not in text
    assert "cases.py" not in text and "solution" not in text


def test_fresh_inputs_per_seed(catalog: Catalog) -> None:
    exercise = catalog.get(BROADCAST)
    checks = load_checks(exercise)
    first = repr([c.args for c in make_cases(exercise, checks, 1)])
    assert first == repr([c.args for c in make_cases(exercise, checks, 1)])
    assert first != repr([c.args for c in make_cases(exercise, checks, 2)])


# An LRU cache that evicts the oldest key put, not the least recently used.
FIFO = """
class LRUCache:
    def __init__(self, capacity):
        self.capacity, self.data = capacity, {}
    def get(self, key, default=None):
        return self.data.get(key, default)
    def put(self, key, value):
        if key not in self.data and len(self.data) >= self.capacity:
            del self.data[next(iter(self.data))]
        self.data[key] = value
    def __len__(self):
        return len(self.data)
"""


def test_class_exercises_replay_calls_and_name_the_failing_one(catalog: Catalog) -> None:
    assert grade(catalog, LRU, catalog.get(LRU).solution_source()).passed
    fifo = grade(catalog, LRU, FIFO)
    assert not fifo.passed
    assert any("was wrong" in m and "after LRUCache(" in m for m in failing(fifo))
    broken_init = grade(
        catalog,
        LRU,
        """
        class LRUCache:
            def __init__(self, capacity):
                raise ValueError("no")
    """,
    )
    message = failing(broken_init)[0]
    assert "in LRUCache(" in message and "ValueError: no" in message and "after" not in message


def test_state_shared_through_a_class_attribute_is_named_as_the_cause(
    catalog: Catalog,
) -> None:
    shared = SOLUTIONS / "python/classes/lru_cache/mistake-shared-storage.py"
    first = failing(grade(catalog, LRU, shared.read_text()))[0]
    assert "the cause: `_data` is a class attribute of LRUCache" in first
    assert "create it in __init__ (self._data = ...)" in first
    # A class attribute only read (a constant) is never blamed.
    with_a_constant = FIFO.replace("class LRUCache:", 'class LRUCache:\n    EMPTY = {"size": 0}')
    with_a_constant = with_a_constant.replace(
        "return len(self.data)", 'return len(self.data) + self.EMPTY["size"]'
    )
    assert "EMPTY" in with_a_constant and 'self.EMPTY["size"]' in with_a_constant
    constant = grade(catalog, LRU, with_a_constant)
    assert not constant.passed
    assert not any("class attribute" in m for m in failing(constant))


def test_numeric_answers_are_compared_with_a_tolerance(catalog: Catalog) -> None:
    assert grade(catalog, BAYES, catalog.get(BAYES).solution_source()).passed
    wrong = grade(catalog, BAYES, "ANSWER = 0.9\n")
    assert not wrong.passed and failing(wrong)[0].endswith("the 2% base rate must enter")
    assert not grade(catalog, BAYES, "ANSWER = None\n").passed


def test_choice_answers_are_read_never_run(catalog: Catalog, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    correct = catalog.get(CHOICE).solution_source()
    verdict = grade(catalog, CHOICE, correct + f"\nopen({str(marker)!r}, 'w').write('x')\n")
    assert verdict.passed and not marker.exists()
    wrong = grade(catalog, CHOICE, 'ANSWER = "A"\n')
    assert not wrong.passed and wrong.cases[0].name == "option A" and wrong.cases[0].message
    assert "left out" not in " ".join(failing(wrong))
    computed = grade(catalog, CHOICE, 'ANSWER = "".join(["B"])\n')
    assert "cannot be computed" in failing(computed)[0]
    assert "not an option" in failing(grade(catalog, CHOICE, 'ANSWER = "Z"\n'))[0]
    assert "exactly one" in failing(grade(catalog, CHOICE, 'ANSWER = "AB"\n'))[0]


def test_multiple_choice_says_how_many_are_missing_not_which(catalog: Catalog) -> None:
    assert grade(catalog, MULTI, catalog.get(MULTI).solution_source()).passed
    verdict = grade(catalog, MULTI, 'ANSWER = "A"\n')
    assert not verdict.passed
    missing = [c for c in verdict.cases if c.name == "options left out"]
    assert missing and "correct options left out" in missing[0].message
    assert "at least one" in failing(grade(catalog, MULTI, 'ANSWER = ""\n'))[0]


def test_choosing_every_option_shows_no_option_s_verdict(catalog: Catalog) -> None:
    keys = "".join(o.key for o in catalog.get(MULTI).meta.choice.options)  # type: ignore[union-attr]
    verdict = grade(catalog, MULTI, f'ANSWER = "{keys}"\n')
    assert not verdict.passed and [c.name for c in verdict.cases] == ["your answer"]
    assert "every option is chosen" in verdict.cases[0].message


@pytest.mark.parametrize(
    "answer, said",
    [
        ('ANSWER: str = "B"\n', None),  # an annotated assignment is an answer
        ('ANSWER = "B."\n', "only the letters of the options you choose"),
        ('ANSWER = [["B"]]\n', "only the letters of the options you choose"),
        ('ANSWER = "option B"\n', "I, N, O, P, T are not options"),
        ('ANSWER = "Z"\n', "Z is not an option"),
    ],
)
def test_a_choice_answer_is_read_or_said_what_to_write(
    catalog: Catalog, answer: str, said: str | None
) -> None:
    verdict = grade(catalog, CHOICE, answer)
    if said is None:
        assert verdict.passed, failing(verdict)
    else:
        assert not verdict.passed and said in failing(verdict)[0], failing(verdict)


def test_changing_an_input_in_place_is_caught(catalog: Catalog) -> None:
    verdict = grade(
        catalog,
        BROADCAST,
        """
        def add_row_offsets(X, offsets):
            X += offsets[:, None]
            return X
    """,
    )
    assert not verdict.passed
    assert any("changed its input in place" in m for m in failing(verdict))
    assert not any("rounding" in m for m in failing(verdict))


def test_an_input_put_back_by_hand_is_told_its_rounding_remains(catalog: Catalog) -> None:
    verdict = grade(
        catalog,
        BROADCAST,
        """
        def add_row_offsets(X, offsets):
            X += 0.1
            out = X + offsets[:, None] - 0.1
            X -= 0.1
            return out
    """,
    )
    said = [m for m in failing(verdict) if "changed its input in place" in m]
    assert said and all("still leaves a rounding error behind" in m for m in said), said


BATCHES = "python.comprehensions.make_batches"


def test_a_result_holding_the_callers_own_list_fails_where_the_case_asks(
    catalog: Catalog,
) -> None:
    verdict = grade(
        catalog,
        BATCHES,
        """
        def make_batches(items, batch_size, drop_last=False):
            if len(items) <= batch_size and isinstance(items, list):
                return [items] if items and not drop_last else []
            return [list(items[i:i + batch_size]) for i in range(0, len(items), batch_size)]
    """,
    )
    said = [m for m in failing(verdict) if "of what it returned is `items` itself" in m]
    assert said and all(m.startswith("the list at [0] ") for m in said), failing(verdict)


def test_shared_containers_are_found_by_identity() -> None:
    from mldojo.grading.driver import _shared

    def merge(base, override=None):  # type: ignore[no-untyped-def]
        return None

    base = {"model": {"depth": 3}, "tags": ("a", "b")}
    inner = base["model"]
    found = _shared(merge, [1, {"m": inner}], [base], {})
    assert found == {"result": "[1]['m']", "input": "base['model']", "kind": "dict"}
    assert _shared(merge, base, [], {"base": base}) == {
        "result": "",
        "input": "base",
        "kind": "dict",
    }
    assert _shared(merge, {"model": dict(inner), "tags": base["tags"]}, [base], {}) is None


def test_only_a_case_that_asks_sends_fresh_result(catalog: Catalog) -> None:
    from dataclasses import replace

    from mldojo.grading.casekit import Case
    from mldojo.grading.judge import encode_case

    exercise = catalog.get(BROADCAST)
    case = Case("plain", args=([1, 2],))
    assert "fresh_result" not in encode_case(exercise, case)
    assert encode_case(exercise, replace(case, fresh_result=True))["fresh_result"] is True


CHALLENGE = "ml.classification.tumour_challenge"


def test_a_challenge_is_scored_on_hidden_labels_with_an_interval(catalog: Catalog) -> None:
    exercise = catalog.get(CHALLENGE)
    good = grade(catalog, CHALLENGE, exercise.solution_source())
    assert good.passed and "95% interval" in good.cases[-1].message
    baseline = grade(catalog, CHALLENGE, exercise.starter())
    assert not baseline.passed and "is below 0.86" in failing(baseline)[0]
    wrong_shape = grade(
        catalog,
        CHALLENGE,
        """
        import numpy as np
        def fit_predict(X_train, y_train, X_test):
            return np.zeros(3, dtype=int)
    """,
    )
    assert "expected predictions of shape" in failing(wrong_shape)[0]
    nan = grade(
        catalog,
        CHALLENGE,
        """
        import numpy as np
        def fit_predict(X_train, y_train, X_test):
            return np.full(len(X_test), np.nan)
    """,
    )
    assert "finite" in failing(nan)[0]


def test_the_hidden_labels_never_enter_the_learner_process(catalog: Catalog) -> None:
    from mldojo.grading.challenge import as_case, load_challenge

    exercise = catalog.get(CHALLENGE)
    data = load_challenge(exercise, 1)
    request = build_request(exercise, [as_case(data)], "x = 1", "f.py")
    from mldojo.grading import codec

    assert codec.dumps(list(data.labels)) not in repr(request)
    assert len(request["cases"]) == 1 and len(codec.decode(request["cases"][0]["args"])) == 3


REPORT = "evaluation.comparison.fraud_model_report"


def test_a_written_report_is_judged_line_by_line(catalog: Catalog) -> None:
    exercise = catalog.get(REPORT)
    good = grade(catalog, REPORT, exercise.solution_source())
    assert good.passed and len(good.cases) >= 10
    assert "## Note" not in exercise.solution_source()
    bad = grade(
        catalog,
        REPORT,
        exercise.solution_source()
        .replace("recall rises from 62% to 71%", "recall rises from 62% to 74%")
        .replace("## Trade-off", "## Costs")
        .replace("Switch to B if", "B is significantly better, so switch to B if"),
    )
    by_name = {c.name: c for c in bad.cases}
    assert not bad.passed
    assert "74%" in by_name["every number matches the results"].message
    assert not by_name["has a section: Trade-off"].passed
    assert (
        "significantly better"
        in by_name["does not claim: statistical significance (no test was run)"].message
    )
    assert by_name["covers: how large the test was (transactions, and frauds among them)"].passed


def test_numbers_match_when_rounded_as_written() -> None:
    from mldojo.grading.written import _matches, stated_numbers

    assert [n[0] for n in stated_numbers("1. Recall 71% (0.47), 2,000 rows, -3.5")] == [
        "71%",
        "0.47",
        "2,000",
        "-3.5",
    ]
    assert _matches(47, 0, True, 71 / 150, 0.005)
    assert _matches(0.47, 2, False, 71 / 150, 0.005)
    assert not _matches(0.48, 2, False, 71 / 150, 0.005)
    assert _matches(47.3, 1, True, 71 / 150, 0.005)


SYMBOLIC = "math.calculus.chain_rule_symbolic"


@pytest.mark.parametrize(
    "answer", ["3*exp(3*x)/(1 + exp(3*x))", "3/(1+exp(-3x))", "3 exp(3x) / (exp(3x) + 1)"]
)
def test_any_equal_form_of_a_symbolic_answer_passes(catalog: Catalog, answer: str) -> None:
    assert grade(catalog, SYMBOLIC, f"ANSWER = {answer!r}\n").passed


def test_a_wrong_symbolic_answer_names_a_point(catalog: Catalog) -> None:
    verdict = grade(catalog, SYMBOLIC, 'ANSWER = "exp(3*x)/(1 + exp(3*x))"\n')
    assert "is not the right expression: at x = " in failing(verdict)[0]


def test_a_usual_wrong_symbolic_answer_is_named(catalog: Catalog) -> None:
    missing_factor = failing(grade(catalog, SYMBOLIC, 'ANSWER = "exp(3x)/(exp(3x) + 1)"\n'))[0]
    assert "is not the right expression: at x = " in missing_factor
    assert "the factor 3 from the inner function 3x is missing" in missing_factor
    unknown = failing(grade(catalog, SYMBOLIC, 'ANSWER = "x**2"\n'))[0]
    assert "is not the right expression" in unknown and "inner function" not in unknown


def test_symbolic_answers_are_never_evaluated_in_the_host(catalog: Catalog, tmp_path: Path) -> None:
    marker = tmp_path / "evaluated"
    for answer in (
        f"__import__('pathlib').Path({str(marker)!r}).touch()",
        "sigmoid(3*x)",
        "(",
        "Integral(x, x)",
    ):
        verdict = grade(catalog, SYMBOLIC, f"ANSWER = {answer!r}\n")
        assert not verdict.passed and failing(verdict)[0]
    assert not marker.exists()


# Each of these would pass if the grader let SymPy or Python find the derivative.
DERIVED_BY_SYMPY = [
    (
        "diff(log(1 + exp(3*x)), x)",
        "diff(...) asks SymPy to do the derivative: write the derivative itself",
    ),
    ("Derivative(log(1 + exp(3*x)), x).doit()", "Derivative(...) asks SymPy to do the derivative"),
    ("simplify(3*exp(3*x)/(1 + exp(3*x)))", "simplify(...) asks SymPy to do the algebra"),
    ("(log(1 + exp(3*x))).diff(x)", "it has a '.' after a name, a number or a bracket"),
    ("log(1 + exp(3*x)).diff(x)", "it has a '.' after a name, a number or a bracket"),
    (
        "getattr(__import__('sympy'), 'diff')(log(1 + exp(3*x)), x)",
        "the name '__import__': names beginning with '_' are Python's, not maths",
    ),
    ("getattr(log(1 + exp(3*x)), 'diff')(x)", "it has text in quotes ('diff')"),
    ("(lambda u: 3*exp(u)/(1 + exp(u)))(3*x)", "the Python word 'lambda'"),
]


@pytest.mark.parametrize("formula, words", DERIVED_BY_SYMPY)
def test_a_formula_that_asks_sympy_for_the_answer_fails(
    catalog: Catalog, formula: str, words: str
) -> None:
    verdict = grade(catalog, SYMBOLIC, f"ANSWER = {formula!r}\n")
    assert verdict.status is Status.FAILED
    assert words in failing(verdict)[0], failing(verdict)


COMPUTED = [
    (
        "import sympy\nx = sympy.Symbol('x')\n"
        "ANSWER = str(sympy.diff(sympy.log(1 + sympy.exp(3*x)), x))\n",
        "computing it with code (here: an import of sympy on line 1) does not show you can "
        "derive it",
    ),
    (
        'ANSWER = "x"\nANSWER = "3*exp(3*x)/(1 + exp(3*x))"\n',
        "must be set once, to the formula written out in a string, as in "
        'ANSWER = "2*x*cos(x**2)": it is set again on line 2',
    ),
    ('top = "3*exp(3*x)"\nANSWER = f"{top}/(1 + exp(3*x))"\n', "(here: an f-string on line 2)"),
    (
        'top = "3*exp(3*x)"\nANSWER = top + "/(1 + exp(3*x))"\n',
        "(here: the variable top on line 2)",
    ),
    ('ANSWER = "3*exp(3*x)" + "/(1 + exp(3*x))"\n', "(here: the calculation"),
    ('ANSWER = "3*exp(3*x)"\nANSWER += "/(1 + exp(3*x))"\n', "it is set again on line 2"),
    (
        'def answer():\n    return "3*exp(3*x)/(1 + exp(3*x))"\nANSWER = answer()\n',
        "(here: the definition of answer on line 1)",
    ),
    ('ANSWER = "3*exp(3*x)/(1 + exp(3*x))"\nprint(ANSWER)\n', "(here: a call of print on line 2)"),
]


@pytest.mark.parametrize("source, words", COMPUTED)
def test_an_answer_computed_by_code_fails_before_it_runs(
    catalog: Catalog, source: str, words: str, tmp_path: Path
) -> None:
    marker = tmp_path / "ran"
    verdict = grade(catalog, SYMBOLIC, f"open({str(marker)!r}, 'w').close()\n{source}")
    assert verdict.status is Status.FAILED and not marker.exists()
    assert "(here: a call of open on line 1)" in failing(verdict)[0]
    verdict = grade(catalog, SYMBOLIC, source)
    assert verdict.status is Status.FAILED
    assert len(verdict.cases) == 1 and words in failing(verdict)[0], failing(verdict)
    assert failing(verdict)[0].startswith("ANSWER must be")


@pytest.mark.parametrize(
    "answer",
    [
        "3*exp(3*x)/(1 + exp(3*x))",
        "3exp(3x)/(1 + exp(3x))",  # implicit products
        "3*exp(3*x)*((sin x)^2 + (cos x)^2)/(1 + exp(3*x))",  # sin x, and ^ for powers
        "3*E**(3*x)/(1 + E**(3*x))",
        "sqrt(9)*exp(3*x)/(1 + exp(3*x))",
        "3*sin(pi/2)*exp(3*x)/Abs(1 + exp(3*x))",
        "3*Abs(exp(3*x))/(1 + exp(3*x))",  # the symbols are real in the sandbox too
        "3*exp(3*x)/(1 + exp(3*x)) + ln(1) + 0.0",
        "3/(1 + exp(-3x))",
    ],
)
def test_every_way_of_writing_a_formula_still_passes(catalog: Catalog, answer: str) -> None:
    assert grade(catalog, SYMBOLIC, f"ANSWER = {answer!r}\n").passed


def test_notes_beside_the_answer_are_allowed(catalog: Catalog) -> None:
    source = '''\
        """log(u) has derivative u'/u, and u = 1 + exp(3x) has derivative 3*exp(3x)."""
        # worked on paper
        STEPS = ("outer", "inner", -3, 0.5, None)
        ANSWER: str = (
            "3*exp(3*x)"  # the inner derivative
            "/(1 + exp(3*x))"
        )
        '''
    assert grade(catalog, SYMBOLIC, source).passed


PLOT = "stack.matplotlib.learning_curves"


def test_a_plot_is_judged_by_what_it_shows(catalog: Catalog) -> None:
    solution = catalog.get(PLOT).solution_source()
    assert grade(catalog, PLOT, solution).passed
    restyled = solution.replace('label="train")', 'label="train", color="k", lw=3)')
    assert grade(catalog, PLOT, restyled).passed
    for change, words in [
        (("np.arange(1, len(train_loss) + 1)", "np.arange(len(train_loss))"), "wrong x data"),
        (("    ax.legend()\n", ""), "add a legend"),
        ((', yscale="log"', ""), "log scale"),
        (('xlabel="epoch"', 'xlabel="step"'), "the x label should be 'epoch'"),
    ]:
        verdict = grade(catalog, PLOT, solution.replace(*change))
        assert not verdict.passed and words in failing(verdict)[0], change
    not_a_figure = grade(catalog, PLOT, "def plot_learning_curves(t, v):\n    return 3\n")
    assert "expected a matplotlib Figure" in failing(not_a_figure)[0]


def test_a_grid_of_plots_is_judged_by_its_layout_but_not_its_size(catalog: Catalog) -> None:
    grid = "stack.matplotlib.feature_histograms"
    solution = catalog.get(grid).solution_source()
    assert grade(catalog, grid, solution).passed
    resized = solution.replace("figsize=(4 * ncols, 3 * nrows)", "figsize=(10, 7), dpi=80")
    assert resized != solution and grade(catalog, grid, resized).passed
    one_row = grade(catalog, grid, solution.replace("ncols = min(3, d)", "ncols = d"))
    assert not one_row.passed
    assert "the subplot grid should have 2 rows and 3 columns, not 1 and 5" in " ".join(
        failing(one_row)
    )
    by_column = """
        import math

        import matplotlib.pyplot as plt
        import numpy as np

        def plot_feature_histograms(X, names):
            d = X.shape[1]
            ncols = min(3, d)
            nrows = math.ceil(d / ncols)
            fig = plt.figure()
            for j in range(d):  # down the columns first: feature 1 lands in row 2
                ax = fig.add_subplot(nrows, ncols, (j % nrows) * ncols + j // nrows + 1)
                ax.hist(X[~np.isnan(X[:, j]), j], bins=20)
                ax.set(title=names[j], xlabel="value", ylabel="count")
            fig.suptitle("Feature distributions")
            return fig
    """
    moved = " ".join(failing(grade(catalog, grid, by_column)))
    assert "in axes 2, the axes should sit in row 1, column 2 of the grid, not in row 2" in moved


def test_line_breaks_do_not_hide_a_claim_and_whole_numbers_are_not_proportions() -> None:
    from mldojo.grading.written import _matches

    assert not _matches(1, 0, False, 0.6, 0.005)  # "1" is not 0.6 rounded
    assert _matches(60, 0, False, 0.6, 0.005)  # "60" is 0.6 as a percentage
    assert _matches(6, 0, False, -6, 0.005)  # "6 fewer" for a change of -6


def test_a_claim_split_over_two_lines_is_still_found(catalog: Catalog) -> None:
    report = (
        catalog.get(REPORT)
        .solution_source()
        .replace("Switch to B if", "B is statistically\nsignificant, so switch to B if")
    )
    verdict = grade(catalog, REPORT, report)
    assert not verdict.passed
    assert any("statistically significant" in m for m in failing(verdict))


def test_a_crash_on_a_hidden_case_does_not_show_its_input(catalog: Catalog) -> None:
    verdict = grade(
        catalog,
        "evaluation.metrics.roc_auc_by_hand",
        """
        import numpy as np

        def roc_curve_auc(y_true, scores):
            if np.issubdtype(np.asarray(scores).dtype, np.integer):
                raise ValueError("integer scores")
            raise RuntimeError("not written yet")
        """,
    )
    hidden = next(c for c in verdict.cases if "(hidden)" in c.name)
    assert "raised ValueError: integer scores" in hidden.message
    assert "hidden edge case" in hidden.message and "called as" not in hidden.message
    assert "(hidden)" not in hidden.message  # the sentence says so once, in words
    shown = next(c for c in verdict.cases if "(hidden)" not in c.name)
    assert "called as roc_curve_auc(" in shown.message


def test_a_class_that_changes_what_it_is_given_fails(catalog: Catalog) -> None:
    """A replayed call (or the constructor) that changes its arguments in place fails,
    unless the reference does the same."""
    exercise = catalog.get("stack.torch.window_dataset")
    source = exercise.solution_source().replace(
        "        self.series = torch.as_tensor(series, dtype=torch.float32)\n",
        "        self.series = torch.as_tensor(series, dtype=torch.float32).clone()\n"
        "        series[...] = 0  # the caller's data, wiped\n",
    )
    assert "series[...] = 0" in source
    verdict = grade(catalog, "stack.torch.window_dataset", source)
    assert not verdict.passed
    assert all(
        "WindowDataset(" in m and "changed its input in place" in m for m in failing(verdict)
    )
    assert grade(catalog, "stack.torch.window_dataset", exercise.solution_source()).passed


def test_a_class_that_hands_out_or_keeps_shared_state_fails(catalog: Catalog) -> None:
    """Each call can be right and the object still wrong: a later call changes a dict it
    returned earlier (its own state, not a snapshot) or one it was given (kept, not
    copied). The check comes after the whole replay."""
    loader = "python.iterators.resumable_loader"
    exercise = catalog.get(loader)
    reference = exercise.solution_source()
    returned = reference.replace(
        '        return {"epoch": self.epoch, "position": self.position}\n',
        '        self._snapshot = getattr(self, "_snapshot", {})\n'
        "        self._snapshot.update(epoch=self.epoch, position=self.position)\n"
        "        return self._snapshot\n",
    )
    assert returned != reference
    verdict = grade(catalog, loader, returned)
    assert not verdict.passed
    assert any(
        "the value state_dict() returned changed later" in m and "return a copy" in m
        for m in failing(verdict)
    )
    kept = reference.replace(
        '        self.epoch, self.position = state["epoch"], state["position"]\n',
        '        self.epoch, self.position = state["epoch"], state["position"]\n'
        "        self._given = state\n",
    ).replace(
        "        self.position += len(batch)\n",
        "        self.position += len(batch)\n"
        '        if hasattr(self, "_given"):\n'
        '            self._given["position"] = self.position\n',
    )
    verdict = grade(catalog, loader, kept)
    assert not verdict.passed
    messages = failing(verdict)
    assert any("what was passed to load_state_dict({" in m for m in messages)
    assert all("keep a copy" in m for m in messages)
    shared = SOLUTIONS / "python/iterators/resumable_loader/mistake-shared-state-dict.py"
    verdict = grade(catalog, loader, shared.read_text())
    hidden = [c.message for c in verdict.cases if "hidden edge case" in c.message]
    assert hidden and all("load_state_dict(...)" in m for m in hidden)  # no input shown
    # The exercise's own words say what is wrong; the generic nudge would only repeat it.
    assert not any("think about what is special" in m for m in hidden)


def test_a_term_that_acts_only_away_from_the_origin_is_seen(catalog: Catalog) -> None:
    right = "3*exp(3*x)/(1 + exp(3*x))"
    verdict = grade(catalog, SYMBOLIC, f"ANSWER = {right + ' + (Abs(x - 3) + x - 3)/2'!r}\n")
    assert not verdict.passed and "is not the right expression" in failing(verdict)[0]
    assert grade(catalog, SYMBOLIC, f"ANSWER = {right!r}\n").passed


def test_a_drawn_plan_sends_the_request_its_dict_holds(catalog: Catalog) -> None:
    """The cases' JSON text is written when they are drawn; the line the child reads
    is still exactly the request."""
    exercise = catalog.get(BROADCAST)
    drawn = plan(exercise, 11)
    request = dict(drawn.request(exercise, "x = 1\n", "submission.py"), limits={"cpu_s": 3})
    line = request_line(request)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line) == json.loads(json.dumps(request))
    assert json.loads(request_line({"cases": drawn.encoded})) == {"cases": drawn.encoded}


def test_checks_that_fail_are_said_to_be_the_exercise_s_fault(tmp_path: Path) -> None:
    root = copy_exercises(tmp_path / "content", BROADCAST)
    cases_py = root.joinpath(*BROADCAST.split(".")) / "cases.py"
    cases_py.write_text(
        cases_py.read_text() + "\n\ndef compare(case, expected, got):\n    return case.name[99]\n"
    )
    exercise = load_catalog(content_root=root).get(BROADCAST)
    with pytest.raises(ContentError) as raised:
        LocalGrader().grade(exercise, exercise.solution_source(), seed=3)
    assert str(raised.value).startswith(f"{exercise.cases_path}: comparing the case '")
    assert "raised IndexError: string index out of range" in str(raised.value)
    assert str(raised.value).endswith("not the code checked: fix the exercise's checks.")
