# expect: to_dict\(\) returned changed later.*not a snapshot
"""to_dict() hands out self.tags itself, so a later add_tag changes a returned dict."""

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
        return self.steps_per_epoch(n_examples) * self.epochs

    def add_tag(self, tag: str) -> None:
        if tag not in self.tags:
            self.tags.append(tag)

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in ('model', 'lr', 'batch_size', 'epochs', 'tags')}
