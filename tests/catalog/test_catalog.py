"""Loading the catalog: ids, versions, packs, and errors that name the file and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.schema import AREAS, Kind
from mldojo.catalog.skills import load_skill_map
from mldojo.errors import ContentError, UnknownExercise
from tests.conftest import BROADCAST, CONTENT, copy_exercises


def test_the_bundled_catalog_loads_with_every_area_and_kind() -> None:
    catalog = load_catalog(content_root=CONTENT)
    assert len(catalog.skills.skills) >= 60
    assert list(catalog.skills.areas) == list(AREAS)
    per_area = {a: [e for e in catalog.exercises.values() if e.area == a] for a in AREAS}
    assert all(len(exercises) >= 2 for exercises in per_area.values()), per_area
    kinds = {e.kind for e in catalog.exercises.values()}
    assert {Kind.FUNCTION, Kind.CLASS, Kind.DEBUG, Kind.NUMERIC, Kind.CHOICE} <= kinds


def test_an_id_is_the_dotted_folder_path_and_a_version_hashes_the_files(content: Path) -> None:
    exercise = load_catalog(content_root=content).get(BROADCAST)
    assert exercise.path == content / "stack" / "numpy" / "broadcast_add"
    before = exercise.version
    (exercise.path / "hints.md").write_text(exercise.path.joinpath("hints.md").read_text() + "\n")
    assert load_catalog(content_root=content).get(BROADCAST).version != before


def test_an_unknown_id_suggests_the_closest(content: Path) -> None:
    catalog = load_catalog(content_root=content)
    with pytest.raises(UnknownExercise) as caught:
        catalog.get("stack.numpy.broadcast_ad")
    assert caught.value.suggestions == [BROADCAST]
    assert "did you mean 'stack.numpy.broadcast_add'?" in caught.value.message
    with pytest.raises(UnknownExercise) as shouted:
        catalog.get("STACK.NUMPY.BROADCAST_ADD")  # ids are lower case
    assert shouted.value.suggestions == [BROADCAST]


def _toml(content: Path) -> Path:
    return content / "stack" / "numpy" / "broadcast_add" / "exercise.toml"


@pytest.mark.parametrize(
    "old, new, words",
    [
        ("difficulty = 1", "difficulty = 7", "field 'difficulty': found 7, but it should be less"),
        ("difficulty = 1", "", "field 'difficulty' is missing"),
        ("difficulty = 1", 'difficulty = "1"', "field 'difficulty': found '1', but it should be"),
        (
            'kind = "function"',
            'kind = "essay"',
            "field 'kind': found 'essay', but it should be one",
        ),
        (
            'area = "stack"',
            'area = "math"',
            "field 'area' is 'math' but the folder is under 'stack'",
        ),
        ("minutes = 10", "minutes = 10\nflavour = 1", "field 'flavour' is not a known key"),
        (
            "minutes = 10",
            "minuts = 10",
            "field 'minuts' is not a known key; did you mean 'minutes'?",
        ),
        (
            'skills = ["stack.numpy.broadcasting"]',
            'skills = ["stack.numpy.nope"]',
            "names stack.numpy.nope, which is not in skills.toml",
        ),
        ("minutes = 10", "minutes = = 10", "is not valid TOML"),
        (
            'area = "stack"',
            'area = "bootcamp"',
            "field 'area': found 'bootcamp', but it should be 'python', 'math', 'soft'",
        ),
    ],
)
def test_a_malformed_exercise_names_file_field_found_and_expected(
    content: Path, old: str, new: str, words: str
) -> None:
    path = _toml(content)
    path.write_text(path.read_text().replace(old, new))
    with pytest.raises(ContentError) as caught:
        load_catalog(content_root=content)
    assert str(path) in caught.value.message
    assert words in caught.value.message


def test_an_exercise_file_spelt_in_capitals_is_named(content: Path) -> None:
    toml = _toml(content)
    toml.rename(toml.with_name("Exercise.toml"))
    with pytest.raises(ContentError, match="Exercise.toml' must be named exercise.toml"):
        load_catalog(content_root=content)
    found = load_catalog(content_root=content, collect_problems=True)
    assert BROADCAST not in found.exercises
    assert [p.exercise for p in found.problems] == [BROADCAST]


def test_a_missing_file_is_named(content: Path) -> None:
    (_toml(content).parent / "cases.py").unlink()
    with pytest.raises(ContentError, match="'cases.py' is missing"):
        load_catalog(content_root=content)


def test_hints_without_headings_are_named(content: Path) -> None:
    hints = _toml(content).parent / "hints.md"
    for text in ("", "Look at the shapes.\n", "# Hint 1\nLook at the shapes.\n"):
        hints.write_text(text)
        with pytest.raises(ContentError, match="no hints found; give each hint its own"):
            load_catalog(content_root=content)


@pytest.mark.parametrize("name", ["README.md", "hints.md", "cases.py"])
def test_a_file_that_is_not_utf8_is_named(content: Path, name: str) -> None:
    path = _toml(content).parent / name
    path.write_bytes(b"# Caf\xe9\n" + path.read_bytes())
    with pytest.raises(ContentError) as caught:
        load_catalog(content_root=content)
    assert f"'{path}' is not UTF-8 text: save it as UTF-8." in caught.value.message


def test_a_rubric_pattern_that_is_no_regular_expression_is_named(tmp_path: Path) -> None:
    content = copy_exercises(tmp_path / "content", "soft.communication.overclaiming_summary")
    path = content / "soft" / "communication" / "overclaiming_summary" / "exercise.toml"
    text = path.read_text()
    start = text.index("patterns = [", text.index("[[written.forbidden]]")) + len("patterns = [")
    path.write_text(text[:start] + "\n    '(model b'," + text[start:])
    with pytest.raises(ContentError) as caught:
        load_catalog(content_root=content)
    message = caught.value.message
    assert "field 'written.forbidden.0.patterns.0': '(model b' is not a regular" in message
    assert "missing ), unterminated subpattern" in message


def test_problems_can_be_collected_instead_of_raised(content: Path) -> None:
    path = _toml(content)
    path.write_text(path.read_text().replace("difficulty = 1", "difficulty = 0"))
    catalog = load_catalog(content_root=content, collect_problems=True)
    assert not catalog.exercises
    [problem] = catalog.problems
    assert problem.exercise == BROADCAST and "difficulty" in problem.message


def _write_skills(root: Path, extra: str) -> Path:
    path = root / "skills.toml"
    path.write_text(path.read_text() + extra)
    return path


def test_an_unknown_prerequisite_is_named(content: Path) -> None:
    path = _write_skills(
        content, '\n[skills."math.extra"]\ntitle = "x"\nrequires = ["math.nope"]\n'
    )
    with pytest.raises(ContentError, match="'math.extra' requires 'math.nope'"):
        load_skill_map(path)


def test_a_prerequisite_cycle_is_named(content: Path) -> None:
    path = _write_skills(
        content,
        """
[skills."math.a"]
title = "a"
requires = ["math.b"]

[skills."math.b"]
title = "b"
requires = ["math.a"]
""",
    )
    with pytest.raises(ContentError, match=r"cycle: math\.(a|b) -> math\.(a|b) -> math\.(a|b)"):
        load_skill_map(path)


def test_a_skill_outside_the_seven_areas_is_refused(content: Path) -> None:
    path = _write_skills(content, '\n[skills."cooking.eggs"]\ntitle = "eggs"\n')
    with pytest.raises(ContentError, match="starts with 'cooking', which is not an area"):
        load_skill_map(path)


def test_packs_add_exercises_and_skills(content: Path, tmp_path: Path) -> None:
    pack = copy_exercises(tmp_path / "pack", BROADCAST)
    (pack / "skills.toml").write_text('[skills."stack.numpy.strides"]\ntitle = "Strides"\n')
    moved = pack / "stack" / "numpy" / "broadcast_add"
    shutil.move(moved, pack / "stack" / "numpy" / "strides_intro")
    catalog = load_catalog(content_root=content, packs=(pack,))
    assert {BROADCAST, "stack.numpy.strides_intro"} <= set(catalog.exercises)
    assert "stack.numpy.strides" in catalog.skills.skills


def test_a_duplicate_id_names_both_folders(content: Path, tmp_path: Path) -> None:
    pack = copy_exercises(tmp_path / "pack", BROADCAST)
    (pack / "skills.toml").unlink()
    with pytest.raises(ContentError) as caught:
        load_catalog(content_root=content, packs=(pack,))
    message = caught.value.message
    assert f"'{BROADCAST}' is defined twice" in message
    assert str(content / "stack" / "numpy" / "broadcast_add") in message
    assert str(pack / "stack" / "numpy" / "broadcast_add") in message


def test_a_missing_pack_folder_is_named(content: Path, tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="content pack .* does not exist"):
        load_catalog(content_root=content, packs=(tmp_path / "nowhere",))
