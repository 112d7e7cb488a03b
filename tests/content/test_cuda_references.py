"""The CUDA exercises, proved on a GPU: run where `mldojo.learning.machine` finds one.

`test_solutions.py` grades them as a learner's check is graded, in a sandbox with the
GPU's device files passed in. These tests also call each exercise's code in this
process, with its inputs and results passed through the same codec as a sandboxed
check, so that on a GPU machine a failure here points at the exercise and a failure
only there points at the sandbox. For every exercise that
requires CUDA: the reference passes its own checks on a second run (so the checks
are stable, the timing bands included), the alternative passes, the starter fails,
and the mistake fails with the words its `# expect:` line names. On a machine
without a GPU (or with a CPU-only PyTorch) each test is skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import re
import types
import zlib
from pathlib import Path
from typing import Any

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.grading import codec
from mldojo.grading.casekit import Case
from mldojo.grading.checks import Checks, load_checks, make_cases
from mldojo.learning.machine import Machine
from tests.conftest import CONTENT

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"
EXPECT = re.compile(r"^\s*#\s*expect:\s*(?P<pattern>.+?)\s*$")
MACHINE = Machine.probe()
CUDA = [e for e in load_catalog(content_root=CONTENT).ordered() if e.needs("cuda")]


def _module(path: Path) -> types.ModuleType:
    name = "cuda_check_" + "_".join(path.parts[-4:]).replace(".", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(exercise: Exercise, path: Path, case: Case) -> Any:
    """What the code at `path` returns for `case`, after a round trip through the codec."""
    entry = getattr(_module(path), exercise.meta.entry)
    args = codec.decode(codec.encode(case.args))
    kwargs = codec.decode(codec.encode(case.kwargs))
    return codec.decode(codec.encode(entry(*args, **kwargs)))


def _failures(exercise: Exercise, checks: Checks, path: Path, seed: int) -> list[str]:
    reference = exercise.solution_path
    found = []
    for case in make_cases(exercise, checks, seed):
        expected = _run(exercise, reference, case)
        try:
            got = _run(exercise, path, case)
        except Exception as exc:
            found.append(f"{case.name}: raised {type(exc).__name__}: {exc}")
            continue
        problem = checks.compare(case, expected, got)
        if problem:
            found.append(f"{case.name}: {problem}")
    return found


@pytest.fixture(params=CUDA, ids=[e.id for e in CUDA])
def exercise(request: pytest.FixtureRequest) -> Exercise:
    chosen: Exercise = request.param
    why = MACHINE.missing(chosen)
    if why:
        pytest.skip(f"{chosen.id}: {why}")
    return chosen


def _seed(exercise: Exercise) -> int:
    return zlib.crc32(exercise.id.encode()) % 2**31


def _solution(exercise: Exercise, name: str) -> Path:
    return SOLUTIONS.joinpath(*exercise.id.split("."), f"{name}.py")


def test_there_are_cuda_exercises_to_prove() -> None:
    assert len(CUDA) >= 3


def test_the_reference_passes_again(exercise: Exercise) -> None:
    checks = load_checks(exercise)
    assert _failures(exercise, checks, exercise.solution_path, _seed(exercise)) == []


def test_the_alternative_passes(exercise: Exercise) -> None:
    checks = load_checks(exercise)
    assert _failures(exercise, checks, _solution(exercise, "alternative"), _seed(exercise)) == []


def test_the_starter_fails(exercise: Exercise) -> None:
    checks = load_checks(exercise)
    assert _failures(exercise, checks, exercise.path / "starter.py", _seed(exercise))


def test_the_mistake_fails_and_is_named(exercise: Exercise) -> None:
    path = _solution(exercise, "mistake")
    match = EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path} must start with '# expect: REGEX'"
    found = _failures(exercise, load_checks(exercise), path, _seed(exercise))
    assert found, f"{path} passes the checks"
    assert re.search(match["pattern"], "\n".join(found), re.IGNORECASE), found
