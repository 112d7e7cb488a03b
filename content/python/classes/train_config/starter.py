from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass
class TrainConfig:
    """The settings of one training run; values may arrive as text and are normalised."""

    # TODO: declare the fields with type annotations and defaults, in order:
    # model, lr, batch_size, epochs, tags (a new empty list per config),
    # and the constant SCHEMA_VERSION = 2, which must not be a field.

    def __post_init__(self) -> None:
        """Normalise: strip and lower-case model, convert lr/batch_size/epochs, dedupe tags."""
        raise NotImplementedError("TrainConfig is not written yet")

    def steps_per_epoch(self, n_examples: int) -> int:
        raise NotImplementedError

    def total_steps(self, n_examples: int) -> int:
        raise NotImplementedError

    def add_tag(self, tag: str) -> None:
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError
