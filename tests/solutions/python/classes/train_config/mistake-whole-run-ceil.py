# expect: each epoch ends with its own short batch
# Divides the whole run's examples once, ceil(n * epochs / batch_size), though
# every epoch ends with its own short batch.

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
        return -(-n_examples // self.batch_size)

    def total_steps(self, n_examples: int) -> int:
        return -(-n_examples * self.epochs // self.batch_size)

    def add_tag(self, tag: str) -> None:
        if tag not in self.tags:
            self.tags.append(tag)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
