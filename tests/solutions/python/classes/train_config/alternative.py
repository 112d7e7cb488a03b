import dataclasses
import math


@dataclasses.dataclass
class TrainConfig:
    model: str
    lr: float = 1e-3
    batch_size: int = 32
    epochs: int = 10
    tags: list = dataclasses.field(default_factory=lambda: [])

    # Without an annotation, a class attribute is not a dataclass field.
    SCHEMA_VERSION = 2

    def __post_init__(self):
        self.model = str(self.model).strip().lower()
        self.lr, self.batch_size, self.epochs = float(self.lr), int(self.batch_size), int(self.epochs)
        unique = []
        for tag in self.tags:
            if tag not in unique:
                unique.append(tag)
        self.tags = unique

    def steps_per_epoch(self, n_examples):
        return math.ceil(n_examples / self.batch_size)

    def total_steps(self, n_examples):
        return self.epochs * self.steps_per_epoch(n_examples)

    def add_tag(self, tag):
        if tag not in self.tags:
            self.tags.append(tag)

    def to_dict(self):
        return {f.name: (list(getattr(self, f.name)) if f.name == "tags" else getattr(self, f.name))
                for f in dataclasses.fields(self)}
