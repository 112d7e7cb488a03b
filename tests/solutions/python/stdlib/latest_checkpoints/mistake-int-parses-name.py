# expect: int\(\) also reads .* but the name must be step_ followed by digits only
# Takes every step_*.pt and lets int() decide: int() also reads "1_000", "+70" and " 90",
# so step_1_000.pt becomes step 1000.
import re
import tempfile
from pathlib import Path
from typing import Any

CHECKPOINT = re.compile(r"step_(\d+)\.pt")


def latest_checkpoints(root: Path) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for path in root.rglob("*"):
        name = path.name
        relative = path.relative_to(root)
        if not (name.startswith("step_") and name.endswith(".pt")):
            continue
        try:
            step = int(name[len("step_"):-len(".pt")])
        except ValueError:  # step_final.pt, step_.pt
            continue
        if not path.is_file() or len(relative.parts) < 2:
            continue
        run, candidate = relative.parts[0], (-step, relative.as_posix())
        best[run] = min(best.get(run, candidate), candidate)
    return {run: best[run][1] for run in sorted(best)}


def index_tree(files: list[str], dirs: list[str]) -> Any:
    """The checks call this: build a folder tree, run latest_checkpoints on it. Do not edit."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in dirs:
            (root / name).mkdir(parents=True, exist_ok=True)
        for name in files:
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(b"weights")
        return latest_checkpoints(root)

