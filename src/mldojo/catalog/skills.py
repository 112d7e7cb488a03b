"""The skill map: seven areas, skills with dotted ids, and prerequisite edges.

An unknown id or a cycle is an error that names it; packs may add skills but not areas.
"""

from __future__ import annotations

from dataclasses import dataclass
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

from pydantic import ValidationError

from mldojo.catalog.schema import AREAS, AreaSpec, SkillFile, SkillSpec, describe_errors
from mldojo.catalog.tomlfile import read_toml
from mldojo.errors import ContentError


@dataclass(frozen=True)
class Skill:
    id: str
    title: str
    area: str
    requires: tuple[str, ...]
    source: Path


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class SkillMap:
    areas: dict[str, Area]
    skills: dict[str, Skill]

    def in_area(self, area: str) -> list[Skill]:
        return [s for s in self.skills.values() if s.area == area]


def _parse(path: Path) -> SkillFile:
    try:
        return SkillFile.model_validate(read_toml(path))
    except ValidationError as exc:
        raise ContentError(" ".join(describe_errors(path, exc))) from None


def load_skill_map(main: Path, extra: list[Path] | None = None) -> SkillMap:
    """Load the main `skills.toml` and any pack skill files, then check the graph."""
    parsed = _parse(main)
    areas = _areas(main, parsed.areas)
    specs: dict[str, tuple[SkillSpec, Path]] = {}
    for path, skill_file in [(main, parsed)] + [(p, _parse(p)) for p in extra or []]:
        if path != main and skill_file.areas:
            raise ContentError(
                f"{path}: a pack cannot define areas ({', '.join(skill_file.areas)}); "
                "the seven areas are fixed, so add skills under them instead."
            )
        for skill_id, spec in skill_file.skills.items():
            if skill_id in specs:
                raise ContentError(
                    f"Skill '{skill_id}' is defined twice, in '{specs[skill_id][1]}' and in "
                    f"'{path}': keep one of them."
                )
            specs[skill_id] = (spec, path)
    skills = {}
    for skill_id, (spec, path) in specs.items():
        area = skill_id.split(".", 1)[0]
        if area not in areas:
            raise ContentError(
                f"{path}: skill '{skill_id}' starts with '{area}', which is not an area; "
                f"start it with one of {', '.join(AREAS)}."
            )
        for required in spec.requires:
            if required not in specs:
                raise ContentError(
                    f"{path}: skill '{skill_id}' requires '{required}', which is not a skill; "
                    "fix the id or define that skill."
                )
        skills[skill_id] = Skill(skill_id, spec.title, area, tuple(spec.requires), path)
    _check_acyclic(skills)
    return SkillMap(areas=areas, skills=skills)


def _areas(path: Path, specs: dict[str, AreaSpec]) -> dict[str, Area]:
    missing = [a for a in AREAS if a not in specs]
    unknown = [a for a in specs if a not in AREAS]
    if missing or unknown:
        raise ContentError(
            f"{path}: the areas must be exactly {', '.join(AREAS)}"
            + (f"; missing {', '.join(missing)}" if missing else "")
            + (f"; unknown {', '.join(unknown)}" if unknown else "")
            + "."
        )
    return {a: Area(a, specs[a].title, specs[a].summary) for a in AREAS}


def _check_acyclic(skills: dict[str, Skill]) -> None:
    graph = {skill.id: set(skill.requires) for skill in skills.values()}
    try:
        tuple(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        cycle = " -> ".join(exc.args[1])
        raise ContentError(
            f"The skill prerequisites form a cycle: {cycle}; remove one of those edges."
        ) from None
