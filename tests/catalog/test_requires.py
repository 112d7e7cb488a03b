"""The catalog knows what an exercise requires of the machine, and nothing more.

Whether this machine has it is decided by the learning layer (tests/learning/test_machine.py);
the catalog only reads `requires` and never imports torch to do so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.schema import Extra
from mldojo.errors import ContentError
from tests.conftest import BROADCAST, CONTENT, copy_exercises

GPU = "engineering.performance.gpu_batch_predict"


def test_a_cuda_exercise_declares_torch_and_cuda(tmp_path: Path) -> None:
    catalog = load_catalog(content_root=copy_exercises(tmp_path / "c", BROADCAST, GPU))
    gpu, plain = catalog.get(GPU), catalog.get(BROADCAST)
    assert gpu.meta.requires == [Extra.TORCH, Extra.CUDA]
    assert gpu.needs("cuda") and gpu.needs("torch") and not gpu.needs("tpu")
    assert not plain.needs("cuda") and not plain.needs("torch")
    assert gpu.summary()["requires"] == ["torch", "cuda"]
    assert plain.summary()["requires"] == []


def test_the_bundled_catalog_has_cuda_exercises_that_also_need_torch() -> None:
    cuda = [e for e in load_catalog(content_root=CONTENT).ordered() if e.needs("cuda")]
    assert len(cuda) >= 3
    assert all(e.needs("torch") for e in cuda), [e.id for e in cuda if not e.needs("torch")]


def test_an_unknown_extra_names_the_field_and_the_choices(tmp_path: Path) -> None:
    content = copy_exercises(tmp_path / "c", GPU)
    toml = content / "engineering" / "performance" / "gpu_batch_predict" / "exercise.toml"
    toml.write_text(toml.read_text().replace('requires = ["torch", "cuda"]', 'requires = ["tpu"]'))
    with pytest.raises(ContentError) as caught:
        load_catalog(content_root=content)
    assert str(toml) in caught.value.message
    assert "field 'requires.0': found 'tpu'" in caught.value.message
    assert "'torch'" in caught.value.message and "'cuda'" in caught.value.message


def test_loading_cuda_exercises_imports_no_torch() -> None:
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from mldojo.catalog.catalog import load_catalog\n"
        f"catalog = load_catalog(content_root=Path({str(CONTENT)!r}))\n"
        "assert any(e.needs('cuda') for e in catalog.ordered())\n"
        "print('torch' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
