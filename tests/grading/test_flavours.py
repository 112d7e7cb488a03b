"""A run goes to the smallest warm stack that has imported what its code imports."""

from __future__ import annotations

from pathlib import Path

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.schema import Kind
from mldojo.grading.flavours import CUDA, SEALED, flavour_for, flavour_of, imported_packages
from mldojo.grading.sandbox import bundled_data, nvidia_nodes
from tests.conftest import CONTENT

NUMPY_ONLY = "import numpy as np\nfrom collections import Counter\n"


def test_imports_are_found_anywhere_in_the_file() -> None:
    source = (
        "import numpy.linalg as la, os\n"
        "from pandas import DataFrame\n"
        "from . import sibling\n"
        "def f():\n    import sklearn.metrics\n"
    )
    assert imported_packages(source) == {"numpy", "os", "pandas", "sklearn"}
    assert imported_packages("def broken(:\n") == frozenset()


def test_numpy_and_the_standard_library_need_only_the_numpy_zygote() -> None:
    assert flavour_for(NUMPY_ONLY, "x = 1\n", torch=False) == "numpy"
    # The host's casekit import in cases.py never reaches a child.
    assert flavour_for(NUMPY_ONLY, "from mldojo.grading.casekit import Case\n", torch=False) == (
        "numpy"
    )


def test_anything_else_needs_the_whole_stack_and_torch_its_own() -> None:
    assert flavour_for(NUMPY_ONLY, "import pandas as pd\n", torch=False) == "base"
    assert flavour_for(NUMPY_ONLY, "import matplotlib.pyplot as plt\n", torch=False) == "base"
    assert flavour_for(NUMPY_ONLY, torch=True) == "torch"


def test_an_exercise_s_reference_and_cases_count_too() -> None:
    catalog = load_catalog(content_root=CONTENT)
    numpy_exercise = catalog.get("stack.numpy.broadcast_add")
    request = {"source": "def add_row_offsets(X, offsets):\n    return X\n"}
    assert flavour_of(numpy_exercise, request) == "numpy"
    pandas_exercise = next(e for e in catalog.ordered(area="stack") if ".pandas." in e.id)
    assert flavour_of(pandas_exercise, request) == "base"


def test_a_cuda_exercise_runs_cold_with_the_gpu_passed_in(tmp_path: Path) -> None:
    catalog = load_catalog(content_root=CONTENT)
    gpu_exercise = next(e for e in catalog.ordered() if e.needs("cuda"))
    assert flavour_of(gpu_exercise, {"source": "x = 1\n"}) == CUDA
    for name in ("nvidia0", "nvidia1", "nvidiactl", "nvidia-uvm", "nvidia-uvm-tools"):
        (tmp_path / name).touch()
    for name in ("nvidia-modeset", "nvme0", "null"):
        (tmp_path / name).touch()
    (tmp_path / "nvidia-caps").mkdir()
    assert [p.name for p in nvidia_nodes(tmp_path)] == [
        "nvidia-uvm",
        "nvidia-uvm-tools",
        "nvidia0",
        "nvidia1",
        "nvidiactl",
    ]


def test_a_challenge_runs_cold_in_a_sandbox_without_the_bundled_data_sets() -> None:
    catalog = load_catalog(content_root=CONTENT)
    challenges = [e for e in catalog.ordered() if e.kind is Kind.CHALLENGE]
    assert challenges
    for exercise in challenges:
        assert flavour_of(exercise, {"source": "import numpy as np\n"}) == SEALED
    assert any(p.parts[-3:] == ("sklearn", "datasets", "data") for p in bundled_data())
