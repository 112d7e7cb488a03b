# expect: SCHEMA_VERSION became a field.*ClassVar
from dataclasses import asdict, dataclass, field


@dataclass
class TrainConfig:
    model: str
    lr: float = 1e-3
    batch_size: int = 32
    epochs: int = 10
    tags: list[str] = field(default_factory=list)
    SCHEMA_VERSION: int = 2  # annotated without ClassVar: a sixth field

    def __post_init__(self):
        self.model = self.model.strip().lower()
        self.lr = float(self.lr)
        self.batch_size = int(self.batch_size)
        self.epochs = int(self.epochs)
        self.tags = list(dict.fromkeys(self.tags))

    def steps_per_epoch(self, n_examples):
        return -(-n_examples // self.batch_size)

    def total_steps(self, n_examples):
        return self.steps_per_epoch(n_examples) * self.epochs

    def add_tag(self, tag):
        if tag not in self.tags:
            self.tags.append(tag)

    def to_dict(self):
        return asdict(self)
