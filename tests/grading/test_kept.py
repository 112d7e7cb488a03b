"""`keep`: the drivers in the learner's file stay as the starter has them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.errors import ContentError
from mldojo.grading.kept import changed_kept
from tests.conftest import copy_exercises

STREAM = "python.iterators.lazy_shard_stream"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_exercises(tmp_path / "content", STREAM)


def test_layout_and_comments_may_change_code_may_not(content: Path) -> None:
    exercise = load_catalog(content_root=content).get(STREAM)
    starter = exercise.starter()
    assert changed_kept(exercise, starter) is None
    assert changed_kept(exercise, exercise.solution_source()) is None
    relaid = starter.replace(
        "    opened: list[str] = []", "    opened: list[str] = (\n        []\n    )  # kept"
    )
    assert relaid != starter and changed_kept(exercise, relaid) is None
    edited = starter.replace("pulled[0] += 1", "pulled[0] += 0")
    told = changed_kept(exercise, edited)
    assert told is not None and told.startswith("run_stream (line ")
    assert "put back the starter's version" in told
    gone = starter.split("def run_stream", 1)[0]
    assert "run_stream is gone from your file" in (changed_kept(exercise, gone) or "")
    assert changed_kept(exercise, "def run_stream(:\n") is None  # the run names the error


def test_a_kept_name_the_starter_lacks_is_the_authors_error(content: Path) -> None:
    toml = content / "python" / "iterators" / "lazy_shard_stream" / "exercise.toml"
    toml.write_text(toml.read_text().replace('keep = ["run_stream"]', 'keep = ["run_streams"]'))
    exercise = load_catalog(content_root=content).get(STREAM)
    with pytest.raises(ContentError, match="'keep' names run_streams, which the starter"):
        changed_kept(exercise, exercise.starter())
