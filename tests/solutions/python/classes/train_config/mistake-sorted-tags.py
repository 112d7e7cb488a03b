# expect: tags.*at \[0\].*first occurrences kept
"""`@dataclass` reads the class's annotations to decide what is a field: each
annotated name becomes a constructor parameter, part of `repr` and of
`dataclasses.asdict`, in declaration order. `ClassVar[int]` tells it that
`SCHEMA_VERSION` belongs to the class, not to each instance.
`field(default_factory=list)` calls `list()` for every new config; a plain
`tags: list[str] = []` is refused by `@dataclass` precisely because that one
list would be shared by all configs. `__post_init__` is the hook for
normalising values after the generated `__init__` has stored them.

Common mistakes: `SCHEMA_VERSION: int = 2` (now a field, shown in `repr` and
accepted as a fifth positional argument), `steps_per_epoch` with floor division,
which forgets the short last batch and makes learning-rate schedules end early,
and trusting the annotation `lr: float`: annotations are not enforced at run
time, so `"3e-4"` stays a string until you convert it. `dict.fromkeys(tags)`
removes duplicates while keeping the first occurrence's order.
"""

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar


@dataclass
class TrainConfig:
    model: str
    lr: float = 1e-3
    batch_size: int = 32
    epochs: int = 10
    tags: list[str] = field(default_factory=list)

    SCHEMA_VERSION: ClassVar[int] = 2

    def __post_init__(self) -> None:
        self.model = self.model.strip().lower()
        self.lr = float(self.lr)
        self.batch_size = int(self.batch_size)
        self.epochs = int(self.epochs)
        self.tags = sorted(set(self.tags))

    def steps_per_epoch(self, n_examples: int) -> int:
        return -(-n_examples // self.batch_size)

    def total_steps(self, n_examples: int) -> int:
        return self.steps_per_epoch(n_examples) * self.epochs

    def add_tag(self, tag: str) -> None:
        if tag not in self.tags:
            self.tags.append(tag)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
