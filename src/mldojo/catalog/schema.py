"""The shape of `exercise.toml` and `skills.toml`, as pydantic models.

Validation errors are turned into one sentence per problem that names the file,
the field, what was found and what is expected (`describe_errors`).
"""

from __future__ import annotations

import difflib
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

Area = Literal["python", "math", "soft", "stack", "ml", "evaluation", "engineering"]
AREAS: tuple[str, ...] = get_args(Area)


class Kind(StrEnum):
    """Exercise kinds this mldojo can grade."""

    FUNCTION = "function"
    CLASS = "class"
    DEBUG = "debug"
    NUMERIC = "numeric"
    CHOICE = "choice"
    CHALLENGE = "challenge"
    WRITTEN = "written"
    SYMBOLIC = "symbolic"
    PLOT = "plot"
    SPEED = "speed"

    @property
    def suffix(self) -> str:
        """The learner's file: Markdown for a written report, Python otherwise."""
        return ".md" if self is Kind.WRITTEN else ".py"


class Extra(StrEnum):
    """Optional capabilities an exercise needs from the machine."""

    TORCH = "torch"
    CUDA = "cuda"


Identifier = Annotated[str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]
DottedId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")]
# A module or a function in one: "sklearn", "numpy.linalg.inv".
PythonName = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(Strict):
    time_s: float = Field(10.0, gt=0, le=300, description="wall-clock seconds for the whole check")
    memory_mb: int = Field(1024, ge=64, le=16384, description="memory the learner's code may use")
    output_kb: int = Field(64, ge=1, le=4096, description="printed output kept and shown")


class ChoiceOption(Strict):
    key: Annotated[str, StringConstraints(pattern=r"^[A-Z]$")]
    text: Annotated[str, StringConstraints(min_length=1)]
    correct: bool = False
    feedback: Annotated[str, StringConstraints(min_length=1)]


class ChoiceSpec(Strict):
    options: list[ChoiceOption] = Field(min_length=2, max_length=8)
    multiple: bool = False


class Metric(StrEnum):
    """How a challenge's predictions are scored on the hidden labels."""

    ACCURACY = "accuracy"
    BALANCED_ACCURACY = "balanced_accuracy"
    F1 = "f1"
    ROC_AUC = "roc_auc"
    R2 = "r2"
    RMSE = "rmse"
    MAE = "mae"

    @property
    def higher_is_better(self) -> bool:
        return self not in (Metric.RMSE, Metric.MAE)

    @property
    def compares_labels(self) -> bool:
        """Scored on predicted classes, not on scores or probabilities."""
        return self in (Metric.ACCURACY, Metric.BALANCED_ACCURACY, Metric.F1)


class ChallengeSpec(Strict):
    metric: Metric
    threshold: float
    confidence: float = Field(0.95, gt=0.5, lt=1.0)
    resamples: int = Field(1000, ge=200, le=20000)


HARDEST = 5  # an exercise's difficulty runs from 1, first contact, to this

# A word list of the written kind's lexicon, `{certainty}`, inside a rubric pattern.
PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


def _readable_pattern(pattern: str) -> str:
    """A rubric pattern Python's `re` can compile, its word lists standing in as words;
    the lexicon itself, and so a misspelt list's name, is the written kind's to check."""
    try:
        re.compile(PLACEHOLDER.sub("x", pattern))
    except re.error as exc:
        raise ValueError(
            f"{pattern!r} is not a regular expression Python can read ({exc}): fix it, "
            "escaping a literal bracket or parenthesis with a backslash"
        ) from None
    return pattern


Pattern = Annotated[str, StringConstraints(min_length=1), AfterValidator(_readable_pattern)]


class RubricLine(Strict):
    name: Annotated[str, StringConstraints(min_length=3)]
    patterns: list[Pattern] = Field(min_length=1)


class RubricPoint(RubricLine):
    # Where the point must be made: one of the required sections, so that the key points
    # piled under one heading cannot leave another section empty in substance.
    section: Annotated[str, StringConstraints(min_length=1)] | None = None


class RubricClaim(RubricLine):
    # Words that make a found claim no claim when said before it in its own clause ("do
    # not switch every queue"): regular expressions, as `patterns` are.
    unless: list[Pattern] = Field(default_factory=list)


class WrittenSpec(Strict):
    sections: list[Annotated[str, StringConstraints(min_length=1)]] = Field(default_factory=list)
    min_words: int = Field(30, ge=1)
    max_words: int = Field(600, ge=1)
    points: list[RubricPoint] = Field(default_factory=list)
    forbidden: list[RubricClaim] = Field(default_factory=list)
    tolerance: float = Field(0.005, ge=0, le=0.5)
    # Sections to be written in sentences: a list of keywords and numbers says nothing.
    in_sentences: list[Annotated[str, StringConstraints(min_length=1)]] = Field(
        default_factory=list
    )

    @model_validator(mode="after")
    def _rules_name_a_section(self) -> WrittenSpec:
        if self.min_words > self.max_words:
            raise ValueError(
                f"min_words ({self.min_words}) is above max_words ({self.max_words}), so no "
                "report could pass: make min_words the smaller"
            )
        sections = {s.lower() for s in self.sections}
        named = [(f"the point {p.name!r} is to be made under", p.section) for p in self.points]
        named += [("in_sentences names", section) for section in self.in_sentences]
        for what, section in named:
            if section is not None and section.lower() not in sections:
                raise ValueError(
                    f"{what} {section!r}, which is not one of the sections "
                    f"{self.sections}: name one of them"
                )
        return self


class SymbolicSpec(Strict):
    symbols: list[Identifier] = Field(min_length=1)
    positive: bool = False  # symbols are positive reals (so sqrt(x**2) is x)


class SpeedSpec(Strict):
    factor: float = Field(ge=1.5, le=1000)
    repeats: int = Field(5, ge=3, le=15)
    number: int = Field(1, ge=1, le=1000)


class ExerciseMeta(Strict):
    id: DottedId | None = None
    title: Annotated[str, StringConstraints(min_length=3, max_length=120)]
    area: Area
    skills: list[DottedId] = Field(min_length=1)
    # strict: a quoted "3" is a typo TOML makes a string of, not a number to guess at
    difficulty: int = Field(ge=1, le=HARDEST, strict=True)
    kind: Kind
    minutes: int = Field(ge=1, le=240, strict=True)
    entry: Identifier = "ANSWER"
    requires: list[Extra] = Field(default_factory=list)
    # What the learner's code may not use: the exercise asks for it by hand.
    without: list[PythonName] = Field(default_factory=list)
    # What a refusal under `without` says instead of "the point is to build it
    # yourself": for a rule that steers to a better tool (solve, not an inverse).
    without_reason: Annotated[str, StringConstraints(min_length=10, max_length=300)] | None = None
    # The learner's code may not loop in Python: the exercise asks for whole-array code.
    vectorised: bool = False
    # What the learner's code must use, one of them at least: the tool the exercise
    # teaches (a bare name is a method, `backward`; a dotted one a module or function).
    uses: list[PythonName] = Field(default_factory=list)
    # Functions of the starter the learner's file must keep exactly: drivers the checks
    # call, which record what the learner's code did.
    keep: list[Identifier] = Field(default_factory=list)
    limits: Limits = Field(default_factory=Limits)
    choice: ChoiceSpec | None = None
    challenge: ChallengeSpec | None = None
    written: WrittenSpec | None = None
    symbolic: SymbolicSpec | None = None
    speed: SpeedSpec | None = None


class AreaSpec(Strict):
    title: Annotated[str, StringConstraints(min_length=1)]
    summary: str = ""


class SkillSpec(Strict):
    title: Annotated[str, StringConstraints(min_length=1)]
    requires: list[DottedId] = Field(default_factory=list)


class SkillFile(Strict):
    areas: dict[str, AreaSpec] = Field(default_factory=dict)
    skills: dict[DottedId, SkillSpec] = Field(default_factory=dict)


def describe_errors(path: Path, error: ValidationError) -> list[str]:
    """One sentence per field problem: file, field, what was found, what is expected."""
    sentences = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"]) or "(top level)"
        expected = _expected(item)
        if item["type"] == "missing":
            sentences.append(f"{path}: field '{field}' is missing; {expected}.")
        elif item["type"] == "extra_forbidden":
            close = difflib.get_close_matches(
                str(item["loc"][-1]), _known_keys(error.title, item["loc"][:-1]), n=1
            )
            spelling = f"did you mean '{close[0]}'?" if close else "check its spelling"
            sentences.append(
                f"{path}: field '{field}' is not a known key; {spelling} Or remove it "
                "(docs/exercise-format.md lists every key)."
            )
        elif item["type"] == "value_error":  # our own validators' words say it all
            sentences.append(f"{path}: field '{field}': {item['ctx']['error']}.")
        else:
            sentences.append(
                f"{path}: field '{field}': found {_short(item.get('input'))}, but {expected}."
            )
    return sentences


def _known_keys(title: str, loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed where an unknown one was found: the fields of the model there."""
    model: Any = {"ExerciseMeta": ExerciseMeta, "SkillFile": SkillFile}.get(title)
    for part in loc:
        if model is None or isinstance(part, int):  # an index into a list: same model
            continue
        field = model.model_fields.get(part)
        if field is None:  # a key of a dict of models (a skill id): its values' model
            break
        found = [
            t
            for t in (field.annotation, *get_args(field.annotation))
            for t in (t, *get_args(t))
            if isinstance(t, type) and issubclass(t, BaseModel)
        ]
        model = found[0] if found else None
    return list(model.model_fields) if model is not None else []


def _expected(item: Any) -> str:
    ctx = item.get("ctx") or {}
    if item["type"] == "enum":
        return f"it should be one of {ctx.get('expected', '')}"
    if item["type"] == "string_pattern_mismatch":
        return f"it should match {ctx.get('pattern')}"
    if item["type"] == "missing":
        return "add it (docs/exercise-format.md says what it holds)"
    message = str(item["msg"])
    if message.startswith("Input should be "):
        return "it should be " + message.removeprefix("Input should be ")
    return "it is invalid: " + message


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
