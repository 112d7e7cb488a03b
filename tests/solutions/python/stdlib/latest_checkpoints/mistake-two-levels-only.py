# expect: is missing: its checkpoints are \d or more folders below .*search every depth
# Searches the run's folder and one level of subfolders only (glob('*') and
# glob('*/*')), so a run whose checkpoints sit deeper is left out.

import re
import tempfile
from pathlib import Path
from typing import Any

CHECKPOINT = re.compile(r"step_(\d+)\.pt")


def latest_checkpoints(root: Path) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for path in [*root.glob("*/*"), *root.glob("*/*/*")]:
        match = CHECKPOINT.fullmatch(path.name)
        relative = path.relative_to(root)
        if not match or not path.is_file() or len(relative.parts) < 2:
            continue
        run, candidate = relative.parts[0], (-int(match.group(1)), relative.as_posix())
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
