# expect: rather than adding 1 to n // batch_size
# Counts steps as n // batch_size + 1: one step too many when the examples
# divide evenly, and 1 step for 0 examples.

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
        self.tags = list(dict.fromkeys(self.tags))

    def steps_per_epoch(self, n_examples: int) -> int:
        return n_examples // self.batch_size + 1

    def total_steps(self, n_examples: int) -> int:
        return self.steps_per_epoch(n_examples) * self.epochs

    def add_tag(self, tag: str) -> None:
        if tag not in self.tags:
            self.tags.append(tag)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
