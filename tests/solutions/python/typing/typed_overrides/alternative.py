from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Optional, Union, get_args, get_origin, get_type_hints
import dataclasses
import types


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


WORDS = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


def _items(text, key):
    if len(text) < 2 or text[0] != "[" or text[-1] != "]":
        raise OverrideError("value", key)
    inner = text[1:-1]
    return [] if not inner.strip() else [part.strip() for part in inner.split(",")]


def _parse(text, hint, key):
    """Text to a value of the type hint; dispatch on the hint's origin first."""
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        members = [m for m in get_args(hint) if m is not type(None)]
        if text.lower() in {"none", "null"} and len(members) < len(get_args(hint)):
            return None
        return _parse(text, members[0], key)
    if origin is Literal:
        if text not in get_args(hint):
            raise OverrideError("value", key)
        return text
    if origin is list:
        return [_parse(item, get_args(hint)[0], key) for item in _items(text, key)]
    if origin is tuple:
        items = _items(text, key)
        if len(items) != len(get_args(hint)):
            raise OverrideError("value", key)
        return tuple(_parse(i, h, key) for i, h in zip(items, get_args(hint)))
    if hint is bool:
        if text.lower() not in WORDS:
            raise OverrideError("value", key)
        return WORDS[text.lower()]
    try:
        return {str: str, int: int, float: float}[hint](text)
    except ValueError:
        raise OverrideError("value", key) from None


def _with(obj, path, text, key):
    """A copy of the dataclass obj with the field at path set; walks down, rebuilds up."""
    name = path[0]
    names = [f.name for f in dataclasses.fields(obj)] if dataclasses.is_dataclass(obj) else []
    if name not in names:
        raise OverrideError("unknown", key)
    current = getattr(obj, name)
    if len(path) > 1:
        new = _with(current, path[1:], text, key)
    else:
        hint = get_type_hints(type(obj))[name]
        if dataclasses.is_dataclass(hint):
            raise OverrideError("unknown", key)
        new = _parse(text, hint, key)
    return dataclasses.replace(obj, **{name: new})


def apply_overrides(config: Any, overrides: list[str]) -> Any:
    result = config
    for override in overrides:
        if "=" not in override:
            raise OverrideError("syntax", override.strip())
        at = override.index("=")
        key, text = override[:at].strip(), override[at + 1:].strip()
        result = _with(result, key.split("."), text, key)
    return result


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

