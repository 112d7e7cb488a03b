"""Whether this machine can run an exercise: found from files, never by initialising CUDA.

The probe's device folder and torch folder are parameters, so these tests stand in for
a GPU machine and a CPU-only one on any machine; `MLDOJO_CUDA=off` (the settings'
`cuda="off"`) makes the learner-facing functions behave the same everywhere.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mldojo.catalog.catalog import load_catalog
from mldojo.errors import Unavailable, UsageError
from mldojo.learning.dojo import Dojo, check, home, start, unavailable, validate
from mldojo.learning.machine import Machine, gpu_devices
from mldojo.settings import Settings
from mldojo.store.models import Attempt
from tests.conftest import BROADCAST, copy_exercises

GPU = "engineering.performance.gpu_batch_predict"
TORCH = "stack.torch.image_batch_tensor"  # requires torch, not cuda
CPU_BUILD = "__version__ = '2.13.0+cpu'\ncuda: Optional[str] = None\n"
CUDA_BUILD = "__version__ = '2.13.0+cu128'\ncuda: Optional[str] = '12.8'\n"


def _torch(tmp_path: Path, record: str) -> Path:
    folder = tmp_path / "torch"
    folder.mkdir()
    (folder / "version.py").write_text(record)
    return folder


def _dev(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "dev"
    folder.mkdir()
    for name in names:
        (folder / name).touch()
    return folder


@pytest.fixture
def catalog_root(tmp_path: Path) -> Path:
    return copy_exercises(tmp_path / "with_gpu", BROADCAST, GPU, TORCH)


def test_a_gpu_and_a_cuda_build_of_torch_run_cuda_exercises(
    tmp_path: Path, catalog_root: Path
) -> None:
    machine = Machine.probe(
        dev=_dev(tmp_path, "nvidia0", "nvidiactl"), torch_dir=_torch(tmp_path, CUDA_BUILD)
    )
    catalog = load_catalog(content_root=catalog_root)
    assert machine.cuda is None and machine.torch is None
    assert machine.missing(catalog.get(GPU)) is None
    machine.ensure(catalog.get(GPU))  # does not raise


def test_no_device_node_means_no_gpu(tmp_path: Path, catalog_root: Path) -> None:
    dev = _dev(tmp_path, "nvidiactl", "nvidia-uvm", "null")  # driver files, but no GPU
    assert gpu_devices(dev) == []
    machine = Machine.probe(dev=dev, torch_dir=_torch(tmp_path, CUDA_BUILD))
    gpu = load_catalog(content_root=catalog_root).get(GPU)
    assert machine.missing(gpu) == (
        f"it needs a CUDA GPU and this machine has no NVIDIA GPU (no {dev / 'nvidia0'})"
    )


def test_a_cpu_build_of_torch_cannot_use_the_gpu(tmp_path: Path, catalog_root: Path) -> None:
    machine = Machine.probe(dev=_dev(tmp_path, "nvidia0"), torch_dir=_torch(tmp_path, CPU_BUILD))
    gpu = load_catalog(content_root=catalog_root).get(GPU)
    assert machine.missing(gpu) == (
        "it needs a CUDA GPU and PyTorch 2.13.0+cpu was built without CUDA"
    )
    with pytest.raises(Unavailable, match="install the CUDA build of the pinned PyTorch"):
        machine.ensure(gpu)


def test_cuda_can_be_turned_off_on_a_gpu_machine(tmp_path: Path, catalog_root: Path) -> None:
    machine = Machine.probe(
        cuda_mode="off", dev=_dev(tmp_path, "nvidia0"), torch_dir=_torch(tmp_path, CUDA_BUILD)
    )
    catalog = load_catalog(content_root=catalog_root)
    assert "MLDOJO_CUDA=off" in (machine.missing(catalog.get(GPU)) or "")
    assert machine.missing(catalog.get(BROADCAST)) is None
    with pytest.raises(Unavailable, match=r"; unset MLDOJO_CUDA \(or set it to auto\)"):
        machine.ensure(catalog.get(GPU))


def test_refusing_says_which_exercise_why_and_what_to_do(catalog_root: Path) -> None:
    catalog = load_catalog(content_root=catalog_root)
    with pytest.raises(Unavailable) as caught:
        Machine(cuda="this machine has no NVIDIA GPU (no /dev/nvidia0)").ensure(catalog.get(GPU))
    message = caught.value.message
    assert message.startswith(f"'{GPU}' cannot run here: it needs a CUDA GPU")
    assert message.endswith("run it on a machine with an NVIDIA GPU and a CUDA build of PyTorch.")
    assert message.count(". ") == 0  # one sentence
    assert caught.value.exit_code == 2
    no_torch = Machine(torch="PyTorch is not installed", cuda="PyTorch is not installed")
    with pytest.raises(Unavailable, match=r"needs PyTorch and PyTorch is not installed; install"):
        no_torch.ensure(catalog.get(TORCH))
    assert no_torch.missing(catalog.get(BROADCAST)) is None
    assert not issubclass(Unavailable, UsageError)  # its own kind in --json errors


def test_probing_imports_no_torch() -> None:
    probe = (
        "import sys\n"
        "from mldojo.learning.machine import Machine\n"
        "Machine.probe()\n"
        "print('torch' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.fixture
def dojo(settings: Settings, catalog_root: Path) -> Dojo:
    return Dojo(replace(settings, content_root=catalog_root, cuda="off", grader="inline"))


def test_start_and_check_refuse_and_record_nothing(dojo: Dojo, tmp_path: Path) -> None:
    with pytest.raises(Unavailable, match="cannot run here"):
        start(dojo, GPU)
    assert not (dojo.settings.workspace / "engineering").exists()
    with pytest.raises(Unavailable, match="cannot run here"):
        check(dojo, GPU, source="def predict_proba(*a):\n    return None\n")
    with dojo.store.session() as session:
        assert session.scalar(select(func.count()).select_from(Attempt)) == 0
    assert start(dojo, BROADCAST).created  # what can run still runs


def test_home_never_suggests_what_cannot_run(dojo: Dojo) -> None:
    suggested = [s.exercise.id for s in home(dojo).suggestions]
    assert BROADCAST in suggested and GPU not in suggested
    assert unavailable(dojo, dojo.catalog.get(GPU)) is not None
    assert unavailable(dojo, dojo.catalog.get(BROADCAST)) is None


def test_validate_checks_without_running_and_reports_skipped(
    dojo: Dojo, catalog_root: Path
) -> None:
    reports = {r.exercise: r for r in validate(dojo, [])}
    gpu, plain = reports[GPU], reports[BROADCAST]
    assert gpu.ok and gpu.skipped and "MLDOJO_CUDA=off" in gpu.skipped
    assert gpu.to_json()["skipped"] == gpu.skipped
    assert plain.ok and plain.skipped is None and plain.to_json()["skipped"] is None
    # Skipping the runs does not skip the checks that run nothing.
    solution = catalog_root / "engineering" / "performance" / "gpu_batch_predict" / "solution.py"
    solution.write_text("def predict_proba(state, X, device, batch_size):\n    return None\n")
    [broken] = [r for r in validate(dojo, [solution.parent]) if r.exercise == GPU]
    assert not broken.ok and broken.skipped is None
    assert "solution.py has no docstring" in broken.problems[0]
