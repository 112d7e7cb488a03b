"""`Path.rglob("*")` walks the whole tree; `is_file()` drops folders that merely
look like checkpoints, and `re.fullmatch` on the *name* accepts exactly
`step_<digits>.pt` (a glob pattern like `step_*.pt` also lets `step_final.pt`
through, and `endswith(".pt")` tests are easy to get subtly wrong). The run is
the first part of the path relative to the root, and `as_posix()` gives the
`/`-separated string on every operating system.

The choice per run is one `min` with a key: `(-step, relative path)` puts the
largest step first and breaks ties by the path, so the answer never depends on
the order in which the file system lists files (which differs between
machines). The classic bug is `max(names)` or sorting file names as text:
`"step_9.pt" > "step_10.pt"`, so training resumes from an old checkpoint and
silently repeats work.
"""

import re
import tempfile
from pathlib import Path
from typing import Any

CHECKPOINT = re.compile(r"step_(\d+)\.pt")


def latest_checkpoints(root: Path) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for path in root.rglob("*"):
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

