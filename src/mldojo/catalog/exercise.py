"""One exercise: a folder holding its metadata, statement, starter, reference and checks."""

from __future__ import annotations

import ast
import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import pairwise
from pathlib import Path

from pydantic import ValidationError

from mldojo.catalog.schema import ExerciseMeta, Kind, describe_errors
from mldojo.catalog.tomlfile import read_toml
from mldojo.errors import ContentError
from mldojo.syntax import parse_module

REQUIRED_FILES = ("exercise.toml", "README.md", "hints.md")
NOTE_HEADING = re.compile(r"^## Note\s*$", re.MULTILINE)
HINT_HEADING = re.compile(r"^##\s+.*$", re.MULTILINE)


@dataclass(frozen=True)
class Exercise:
    id: str
    path: Path
    root: Path
    meta: ExerciseMeta
    version: str
    # The learner's own name for their file, when a check was given one (`--file`).
    submitted_as: str | None = field(default=None, compare=False)

    @property
    def title(self) -> str:
        return self.meta.title

    @property
    def area(self) -> str:
        return self.meta.area

    @property
    def kind(self) -> Kind:
        return self.meta.kind

    @property
    def difficulty(self) -> int:
        return self.meta.difficulty

    def needs(self, extra: str) -> bool:
        """Whether it requires an extra of the machine ("torch", "cuda")."""
        return any(str(e) == extra for e in self.meta.requires)

    @property
    def file_name(self) -> str:
        """The name of the learner's file: the one a check was given, or the last part of
        the id (the workspace file's)."""
        return self.submitted_as or self.id.rsplit(".", 1)[-1] + self.kind.suffix

    def as_submitted(self, file_name: str) -> Exercise:
        """The exercise as checked from the learner's file of that name, which the
        messages then quote ("line 2 of mine.py")."""
        return replace(self, submitted_as=file_name)

    def statement(self) -> str:
        return (self.path / "README.md").read_text(encoding="utf-8")

    def starter(self) -> str:
        path = self.path / f"starter{self.kind.suffix}"
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
            raise ContentError(
                f"The starter of '{self.id}' ('{path}') cannot be read ({why}): reinstall "
                "mldojo, or fix the pack that holds the exercise."
            ) from None

    def solution_source(self) -> str:
        """The reference as a learner would submit it (a written report without its note)."""
        source = self.solution_path.read_text(encoding="utf-8")
        if self.kind is Kind.WRITTEN:
            return NOTE_HEADING.split(source, maxsplit=1)[0].rstrip() + "\n"
        return source

    @property
    def solution_path(self) -> Path:
        return self.path / f"solution{self.kind.suffix}"

    @property
    def cases_path(self) -> Path:
        return self.path / "cases.py"

    @cached_property
    def hints(self) -> tuple[str, ...]:
        return split_hints((self.path / "hints.md").read_text(encoding="utf-8"))

    def solution_with_note(self) -> tuple[str, str]:
        """The reference without its docstring, and the docstring: the note on why.
        A written reference keeps its note under a final `## Note` heading."""
        if self.kind is Kind.WRITTEN:
            parts = NOTE_HEADING.split(self.solution_path.read_text("utf-8"), maxsplit=1)
            return parts[0].rstrip() + "\n", parts[1].strip() if len(parts) > 1 else ""
        source = self.solution_source()
        tree = parse_module(source)
        note = ast.get_docstring(tree) or ""
        body = tree.body
        if note and body and isinstance(body[0], ast.Expr):
            lines = source.splitlines(keepends=True)
            end = body[0].end_lineno or 0
            source = "".join(lines[end:]).lstrip("\n")
        return source, note

    def summary(self) -> dict[str, object]:
        """The `mldojo list --json` contract for one exercise."""
        return {
            "id": self.id,
            "title": self.title,
            "area": self.area,
            "skills": list(self.meta.skills),
            "kind": self.kind.value,
            "difficulty": self.difficulty,
            "minutes": self.meta.minutes,
            "requires": [extra.value for extra in self.meta.requires],
        }


def split_hints(text: str) -> tuple[str, ...]:
    """Hints are the `## ` sections of hints.md, in order."""
    starts = [m.start() for m in HINT_HEADING.finditer(text)]
    sections = [text[a:b] for a, b in pairwise([*starts, len(text)])]
    hints = []
    for section in sections:
        body = section.split("\n", 1)[1] if "\n" in section else ""
        if body.strip():
            hints.append(body.strip())
    return tuple(hints)


def exercise_id(root: Path, folder: Path) -> str:
    return ".".join(folder.relative_to(root).parts)


def folder_files(folder: Path) -> dict[Path, bytes]:
    """Every file of the exercise folder that counts, in order, with its bytes: read
    once for both the version and the check that its text is UTF-8."""
    return {
        file: file.read_bytes()
        for file in sorted(p for p in folder.rglob("*") if p.is_file() and _counts(p, folder))
    }


def version_of(folder: Path, files: dict[Path, bytes]) -> str:
    """A hash of every file in the exercise folder, so any edit makes a new version."""
    digest = hashlib.sha256()
    for file, content in files.items():
        digest.update(file.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(content)
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def _counts(path: Path, folder: Path) -> bool:
    parts = path.relative_to(folder).parts
    return not any(p == "__pycache__" or p.startswith(".") for p in parts)


def load_exercise(root: Path, folder: Path) -> Exercise:
    """Read and check one exercise folder; raise ContentError naming what is wrong."""
    ex_id = exercise_id(root, folder)
    toml_path = folder / "exercise.toml"
    try:
        meta = ExerciseMeta.model_validate(read_toml(toml_path))
    except ValidationError as exc:
        raise ContentError.of(describe_errors(toml_path, exc)) from None
    files = folder_files(folder)
    problems = _structure_problems(ex_id, folder, meta, files)
    if problems:
        raise ContentError.of(problems)
    version = version_of(folder, files)
    return Exercise(id=ex_id, path=folder, root=root, meta=meta, version=version)


def _structure_problems(
    ex_id: str, folder: Path, meta: ExerciseMeta, files: dict[Path, bytes]
) -> list[str]:
    problems = []
    toml_path = folder / "exercise.toml"
    if not re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+", ex_id):
        problems.append(
            f"{folder}: the folder path makes the id '{ex_id}'; use folder names of "
            "lower-case ASCII letters (a to z), digits and underscores, starting with a "
            "letter, at least two levels deep."
        )
    if meta.id is not None and meta.id != ex_id:
        problems.append(
            f"{toml_path}: field 'id' says '{meta.id}' but the folder makes it '{ex_id}'; "
            "remove the field or move the folder."
        )
    if meta.area != ex_id.split(".", 1)[0]:
        problems.append(
            f"{toml_path}: field 'area' is '{meta.area}' but the folder is under "
            f"'{ex_id.split('.', 1)[0]}'; the first folder names the area."
        )
    for name in (*REQUIRED_FILES, f"starter{meta.kind.suffix}", f"solution{meta.kind.suffix}"):
        if not (folder / name).is_file():
            problems.append(f"{folder}: '{name}' is missing; every exercise needs it.")
    if (
        meta.kind not in (Kind.CHOICE, Kind.WRITTEN, Kind.SYMBOLIC)
        and not (folder / "cases.py").is_file()
    ):
        problems.append(f"{folder}: 'cases.py' is missing; a {meta.kind.value} exercise needs it.")
    if meta.kind is Kind.CHOICE:
        problems.extend(_choice_problems(toml_path, meta))
    elif meta.choice is not None:
        problems.append(f"{toml_path}: field 'choice' belongs only to choice exercises.")
    if (meta.kind is Kind.SPEED) != (meta.speed is not None):
        problems.append(
            f"{toml_path}: a speed exercise needs a [speed] table (factor), and only a speed "
            "exercise may have one."
        )
    if meta.kind is Kind.SPEED and not (folder / "slow.py").is_file():
        problems.append(f"{folder}: 'slow.py' is missing; a speed exercise times against it.")
    if (meta.kind is Kind.SYMBOLIC) != (meta.symbolic is not None):
        problems.append(
            f"{toml_path}: a symbolic exercise needs a [symbolic] table (its symbols), and "
            "only a symbolic exercise may have one."
        )
    if (meta.kind is Kind.WRITTEN) != (meta.written is not None):
        problems.append(
            f"{toml_path}: a written exercise needs a [written] table (its rubric), and only "
            "a written exercise may have one."
        )
    if (meta.kind is Kind.CHALLENGE) != (meta.challenge is not None):
        problems.append(
            f"{toml_path}: a challenge exercise needs a [challenge] table (metric, threshold), "
            "and only a challenge exercise may have one."
        )
    unreadable = _not_utf8(folder, files)
    problems.extend(f"'{path}' is not UTF-8 text: save it as UTF-8." for path in unreadable)
    hints = folder / "hints.md"
    if hints in files and hints not in unreadable and not split_hints(files[hints].decode()):
        problems.append(f"{hints}: no hints found; give each hint its own '## Hint N' heading.")
    return problems


def _not_utf8(folder: Path, files: dict[Path, bytes]) -> list[Path]:
    """The exercise's own text files that cannot be read as UTF-8, which every reader
    expects."""
    found = []
    for path, content in files.items():
        if path.parent == folder and path.suffix in (".md", ".py"):
            try:
                content.decode("utf-8")
            except UnicodeDecodeError:
                found.append(path)
    return found


def _choice_problems(toml_path: Path, meta: ExerciseMeta) -> list[str]:
    if meta.choice is None:
        return [f"{toml_path}: a choice exercise needs a [choice] table with its options."]
    keys = [o.key for o in meta.choice.options]
    correct = [o.key for o in meta.choice.options if o.correct]
    problems = []
    if len(set(keys)) != len(keys):
        problems.append(f"{toml_path}: option keys repeat ({', '.join(keys)}); make each unique.")
    if not correct:
        problems.append(f"{toml_path}: no option is marked correct = true.")
    if len(correct) > 1 and not meta.choice.multiple:
        problems.append(
            f"{toml_path}: options {', '.join(correct)} are all correct; "
            "set multiple = true or mark only one."
        )
    return problems
