import re
import tempfile
from pathlib import Path
from typing import Any


def latest_checkpoints(root: Path) -> dict[str, str]:
    """Map each run (a folder directly in root) to its highest-step step_<N>.pt file.

    Paths are returned relative to root, as strings with / separators.
    """
    # TODO: walk the tree with pathlib, keep files whose name matches exactly,
    # and pick the largest step per run.
    raise NotImplementedError("latest_checkpoints is not written yet")


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

