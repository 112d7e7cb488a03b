# expect: key '(optim\.lrr |epochs )' has spaces around it: report the stripped key
# Reports unknown keys and bad values with the key as written, before stripping.

import types
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from typing import Any, Literal, Optional, Union, get_args, get_origin, get_type_hints

TRUE, FALSE = {"true", "yes", "1"}, {"false", "no", "0"}


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


def convert(text: str, hint: Any, key: str) -> Any:
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        if type(None) in args and text.lower() in ("none", "null"):
            return None
        (inner,) = [a for a in args if a is not type(None)]
        return convert(text, inner, key)
    if origin is Literal:
        if text in args:
            return text
    elif origin in (list, tuple):
        if text.startswith("[") and text.endswith("]"):
            body = text[1:-1].strip()
            items = [item.strip() for item in body.split(",")] if body else []
            if origin is list:
                return [convert(item, args[0], key) for item in items]
            if len(items) == len(args):
                return tuple(convert(i, a, key) for i, a in zip(items, args, strict=True))
    elif hint is bool:
        if text.lower() in TRUE | FALSE:
            return text.lower() in TRUE
    elif hint in (str, int, float):
        try:
            return hint(text)
        except ValueError:
            pass
    raise OverrideError("value", key)


def _set(obj: Any, parts: list[str], text: str, key: str) -> Any:
    name, rest = parts[0], parts[1:]
    if not is_dataclass(obj) or name not in {f.name for f in fields(obj)}:
        raise OverrideError("unknown", key)
    if rest:
        return replace(obj, **{name: _set(getattr(obj, name), rest, text, key)})
    hint = get_type_hints(type(obj))[name]
    if is_dataclass(hint):
        raise OverrideError("unknown", key)
    return replace(obj, **{name: convert(text, hint, key)})


def apply_overrides(config: Any, overrides: list[str]) -> Any:
    for override in overrides:
        key, sep, text = override.partition("=")
        if not sep:
            raise OverrideError("syntax", override.strip())
        config = _set(config, key.strip().split("."), text.strip(), key)
    return config


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
