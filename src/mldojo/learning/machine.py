"""What this machine can run: the extras an exercise `requires` that may be missing.

An exercise with `requires = ["cuda"]` needs an NVIDIA GPU and a CUDA build of
PyTorch. Finding out must not initialise CUDA: `torch.cuda.is_available()` in the
CLI would cost seconds of imports, and in a grading zygote it would leave a CUDA
context that every forked child inherits and cannot use. So the probe reads
files instead: the device nodes the NVIDIA driver creates (`/dev/nvidia0`, ...)
and the build record PyTorch installs beside itself (`torch/version.py`), which
names the CUDA version it was built for, or None for a CPU-only build.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

from mldojo.catalog.exercise import Exercise
from mldojo.errors import Unavailable

_BUILT_FOR = re.compile(r"^cuda\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_VERSION = re.compile(r"^__version__\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)


@dataclass(frozen=True)
class Machine:
    """Why each extra is missing on this machine (None when it is there)."""

    torch: str | None = None
    cuda: str | None = None
    cuda_fix: str = "run it on a machine with an NVIDIA GPU and a CUDA build of PyTorch"

    @classmethod
    def probe(
        cls, *, cuda_mode: str = "auto", dev: Path = Path("/dev"), torch_dir: Path | None = None
    ) -> Machine:
        """Look at this machine without importing torch. `cuda_mode` is the MLDOJO_CUDA
        setting; `dev` and `torch_dir` (the installed torch package) are parameters so
        that tests can stand in for the hardware."""
        torch_dir = torch_dir if torch_dir is not None else installed_torch()
        torch = None if torch_dir is not None else "PyTorch is not installed"
        if cuda_mode == "off":
            return cls(
                torch=torch,
                cuda="CUDA exercises are turned off on this machine (MLDOJO_CUDA=off)",
                cuda_fix="unset MLDOJO_CUDA (or set it to auto) to use this machine's GPU",
            )
        if not gpu_devices(dev):
            return cls(torch=torch, cuda=f"this machine has no NVIDIA GPU (no {dev / 'nvidia0'})")
        if torch_dir is None:
            return cls(torch=torch, cuda="PyTorch is not installed")
        cuda = _without_cuda(torch_dir)
        fix = "install the CUDA build of the pinned PyTorch, or run it on another machine"
        return cls(torch=torch, cuda=cuda, cuda_fix=fix) if cuda else cls(torch=torch)

    def missing(self, exercise: Exercise) -> str | None:
        """Why this machine cannot run the exercise, or None when it can."""
        if exercise.needs("cuda") and self.cuda:
            return f"it needs a CUDA GPU and {self.cuda}"
        if exercise.needs("torch") and self.torch:
            return f"it needs PyTorch and {self.torch}"
        return None

    def ensure(self, exercise: Exercise) -> None:
        """Refuse, in one sentence, an exercise this machine cannot run."""
        why = self.missing(exercise)
        if why is None:
            return
        fix = (
            self.cuda_fix
            if exercise.needs("cuda") and self.cuda
            else "install mldojo with its torch extra (pip install 'mldojo[torch]')"
        )
        raise Unavailable(f"'{exercise.id}' cannot run here: {why}; {fix}.")


def gpu_devices(dev: Path) -> list[Path]:
    """The NVIDIA GPU device nodes (`nvidia0`, `nvidia1`, ...), not `nvidiactl` and kin."""
    try:
        return sorted(p for p in dev.glob("nvidia*") if p.name[len("nvidia") :].isdigit())
    except OSError:
        return []


def installed_torch() -> Path | None:
    """The folder of the installed torch package, found without importing it."""
    try:
        spec = importlib.util.find_spec("torch")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _without_cuda(torch_dir: Path) -> str | None:
    """Why this PyTorch cannot use the GPU, or None when it was built for CUDA."""
    try:
        record = (torch_dir / "version.py").read_text(encoding="utf-8")
    except OSError:
        return None  # an unusual install: let PyTorch itself say what is wrong
    built = _BUILT_FOR.search(record)
    if built:
        return None
    version = _VERSION.search(record)
    name = f"PyTorch {version.group(1)}" if version else "the installed PyTorch"
    return f"{name} was built without CUDA"
