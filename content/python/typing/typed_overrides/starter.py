from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Optional


class OverrideError(Exception):
    """An override that cannot be applied: kind is "syntax", "unknown" or "value"."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind}: {key}")
        self.kind = kind
        self.key = key


@dataclass
class OptimConfig:
    name: Literal["adam", "adamw", "sgd"] = "adam"
    lr: float = 1e-3
    betas: tuple[float, float] = (0.9, 0.999)
    nesterov: bool = False


@dataclass
class TrainConfig:
    model: str = "resnet18"
    epochs: int = 10
    layers: list[int] = field(default_factory=lambda: [64, 64])
    dropout: float | None = None
    tags: list[str] = field(default_factory=list)
    warmup_steps: Optional[int] = None
    amp: bool = False
    optim: OptimConfig = field(default_factory=OptimConfig)


def apply_overrides(config: Any, overrides: list[str]) -> Any:
    """A new config with each "dotted.key=value" override applied, in order.

    Each value is converted according to the field's type hint. Raise
    OverrideError("syntax" | "unknown" | "value", key) for the first bad override.
    The config passed in must not change.
    """
    # TODO: use typing.get_type_hints, get_origin and get_args to convert each
    # value, and dataclasses.replace to build new configs.
    raise NotImplementedError("apply_overrides is not written yet")


def run_overrides(overrides: list[str]) -> dict[str, Any]:
    """The checks call this: apply overrides to a default TrainConfig. Do not edit."""
    base = TrainConfig()
    try:
        result = apply_overrides(base, overrides)
    except OverrideError as exc:
        outcome: dict[str, Any] = {"error": exc.kind, "key": exc.key}
    else:
        outcome = {"repr": repr(result), "config": asdict(result)}
    outcome["base_unchanged"] = repr(base) == repr(TrainConfig())
    return outcome

