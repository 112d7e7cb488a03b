# expect: compare steps as integers, not names as text
import re
import tempfile
from pathlib import Path
from typing import Any


def latest_checkpoints(root: Path) -> dict[str, str]:
    best: dict[str, Path] = {}
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if path.is_file() and re.fullmatch(r"step_\d+\.pt", path.name) and len(relative.parts) > 1:
            run = relative.parts[0]
            # Names compared as text: "step_9.pt" > "step_10.pt".
            if run not in best or path.name > best[run].name:
                best[run] = path
    return {run: best[run].relative_to(root).as_posix() for run in sorted(best)}


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

