import os
import re
import tempfile
from pathlib import Path, PurePosixPath
from typing import Any


def latest_checkpoints(root: Path) -> dict[str, str]:
    # os.walk lists files apart from folders; collect (step, path) per run, sort once.
    found: dict[str, list[tuple[int, str]]] = {}
    for run in sorted(p.name for p in root.iterdir() if p.is_dir()):
        for folder, _, files in os.walk(root / run):
            for name in files:
                match = re.match(r"step_([0-9]+)\.pt\Z", name)
                if match:
                    rel = PurePosixPath(*Path(folder, name).relative_to(root).parts)
                    found.setdefault(run, []).append((int(match[1]), str(rel)))
    return {run: sorted(c, key=lambda c: (-c[0], c[1]))[0][1] for run, c in found.items()}


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

