# expect: relative path string sorts first
"""Ties broken by comparing Path objects (part by part), not the path strings."""
import re
import tempfile
from pathlib import Path
from typing import Any

CHECKPOINT = re.compile(r"step_(\d+)\.pt")


def latest_checkpoints(root: Path) -> dict[str, str]:
    best: dict[str, tuple[int, Path]] = {}
    for path in root.rglob("*"):
        match = CHECKPOINT.fullmatch(path.name)
        relative = path.relative_to(root)
        if not match or not path.is_file() or len(relative.parts) < 2:
            continue
        run, candidate = relative.parts[0], (-int(match.group(1)), relative)
        best[run] = min(best.get(run, candidate), candidate)
    return {run: best[run][1].as_posix() for run in sorted(best)}


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
