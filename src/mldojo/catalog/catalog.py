"""The whole catalog: the bundled content plus packs, in a stable teaching order."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from mldojo.catalog.exercise import Exercise, exercise_id, load_exercise
from mldojo.catalog.schema import AREAS
from mldojo.catalog.skills import SkillMap, load_skill_map
from mldojo.errors import ContentError, UnknownExercise

SKILLS_FILE = "skills.toml"
EXERCISE_FILE = "exercise.toml"


@dataclass(frozen=True)
class Problem:
    """Something wrong with one exercise folder, found while loading."""

    exercise: str
    path: Path
    message: str
    problems: tuple[str, ...] = ()  # each thing wrong, when the message joins several


@dataclass(frozen=True)
class Catalog:
    skills: SkillMap
    exercises: dict[str, Exercise]
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    def get(self, exercise_id: str) -> Exercise:
        try:
            return self.exercises[exercise_id]
        except KeyError:
            raise UnknownExercise(exercise_id, self.suggest(exercise_id)) from None

    def suggest(self, text: str, n: int = 3) -> list[str]:
        ids = list(self.exercises)
        text = text.strip().lower()  # ids are lower case: "Stack.NumPy.X" is a near miss
        close = difflib.get_close_matches(text, ids, n=n, cutoff=0.5)
        if close:
            return close
        tail = text.rsplit(".", 1)[-1]
        return [i for i in ids if tail and tail in i][:n]

    def ordered(self, *, area: str | None = None, kind: str | None = None) -> list[Exercise]:
        chosen = [
            e
            for e in self.exercises.values()
            if (area is None or e.area == area) and (kind is None or e.kind.value == kind)
        ]
        return sorted(chosen, key=teaching_order)

    def after(self, exercise_id: str) -> list[Exercise]:
        """Exercises after this one in teaching order, wrapping round to the start."""
        order = self.ordered()
        index = next(i for i, e in enumerate(order) if e.id == exercise_id)
        return order[index + 1 :] + order[:index]


def teaching_order(exercise: Exercise) -> tuple[int, int, str]:
    return (AREAS.index(exercise.area), exercise.difficulty, exercise.id)


def load_catalog(
    *, content_root: Path, packs: tuple[Path, ...] = (), collect_problems: bool = False
) -> Catalog:
    """Load skills and exercises from the content root and every pack.

    With `collect_problems`, a malformed exercise is reported in `Catalog.problems`
    (for `mldojo validate`); otherwise the first one raises ContentError.
    """
    roots = [content_root, *packs]
    for root in roots:
        if not root.is_dir():
            what = "content folder" if root == content_root else "content pack"
            raise ContentError(
                f"The {what} '{root}' does not exist or is not a folder: "
                "fix the path (--pack, MLDOJO_PACKS or MLDOJO_CONTENT)."
            )
    pack_skill_files = [p / SKILLS_FILE for p in packs if (p / SKILLS_FILE).is_file()]
    skills = load_skill_map(content_root / SKILLS_FILE, pack_skill_files)
    exercises: dict[str, Exercise] = {}
    problems: list[Problem] = []
    for root in roots:
        for toml in _exercise_files(root):
            folder = toml.parent
            ex_id = exercise_id(root, folder)
            if ex_id in exercises:
                twice = (
                    f"Exercise id '{ex_id}' is defined twice: in '{exercises[ex_id].path}' and "
                    f"in '{folder}'; rename one of the folders or drop one pack."
                )
                if not collect_problems:
                    raise ContentError(twice)
                problems.append(Problem(ex_id, folder, twice))
                continue
            try:
                if toml.name != EXERCISE_FILE:
                    raise ContentError(
                        f"'{toml}' must be named {EXERCISE_FILE}, in lower case: rename it."
                    )
                exercise = load_exercise(root, folder)
                _check_skills(exercise, skills)
            except ContentError as exc:
                if not collect_problems:
                    raise
                problems.append(Problem(ex_id, folder, exc.message, exc.problems))
                continue
            exercises[ex_id] = exercise
    ordered = dict(sorted(exercises.items(), key=lambda item: teaching_order(item[1])))
    return Catalog(skills=skills, exercises=ordered, problems=tuple(problems))


def find_exercise(
    exercise_id: str, *, content_root: Path, packs: tuple[Path, ...] = ()
) -> Exercise | None:
    """One exercise, loaded from its own folder alone (what a check needs, without reading
    the whole catalog); None when the id is in no root, or in more than one (the whole
    catalog then says what is wrong)."""
    parts = exercise_id.split(".")
    if not all(part.isidentifier() for part in parts):
        return None
    found = [
        (root, folder)
        for root in (content_root, *packs)
        if ((folder := root.joinpath(*parts)) / "exercise.toml").is_file()
    ]
    if len(found) != 1:
        return None
    return load_exercise(*found[0])


def _exercise_files(root: Path) -> list[Path]:
    """Every exercise.toml, also one spelt in other capitals (which some file systems
    open as it and others do not), so that it is named rather than passed over."""
    return sorted(
        toml
        for toml in root.rglob("*.toml")
        if toml.name.lower() == EXERCISE_FILE
        and not any(p.startswith((".", "_")) for p in toml.relative_to(root).parts[:-1])
    )


def _check_skills(exercise: Exercise, skills: SkillMap) -> None:
    unknown = [s for s in exercise.meta.skills if s not in skills.skills]
    if unknown:
        raise ContentError(
            f"{exercise.path / 'exercise.toml'}: field 'skills' names {', '.join(unknown)}, "
            f"which {'is' if len(unknown) == 1 else 'are'} not in skills.toml; "
            "fix the id or add the skill."
        )
