# expect: the first bad override, in order, is the one reported
# Checks every override's syntax before converting any, so a syntax error
# later in the list is reported ahead of a bad value written before it.
"""Type hints are data: `typing.get_type_hints(cls)` returns each field's type as
an object, and `get_origin`/`get_args` split a generic hint into its parts
(`list[int]` is `list` and `(int,)`; `float | None` is a `UnionType` of
`float` and `NoneType`; `Optional[int]` is a `typing.Union`). One recursive
`convert(text, hint)` then handles nesting such as `list[int]` or
`tuple[float, float]` with no special cases. `bool` is tested before the
plain constructors because `bool("false")` is `True`: a non-empty string is
truthy. `dataclasses.replace` builds a new instance at each level of the dotted
path, so the caller's config, and the nested `OptimConfig` it holds, are never
touched.

Common wrong approaches: `setattr` on the config passed in (the default config
of the next run changes too); `ast.literal_eval` on every value (then
`model=vit` fails and `lr=1` stays an `int`); comparing hints with
`==` on strings such as `"list[int]"`, which breaks as soon as someone writes
`List[int]` or adds `from __future__ import annotations`; and catching
`Exception` around the conversion, which would turn a bug in your own code into
an "invalid value" message.
"""

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
        if "=" not in override:
            raise OverrideError("syntax", override.strip())
    for override in overrides:
        key, sep, text = override.partition("=")
        if not sep:
            raise OverrideError("syntax", override.strip())
        key = key.strip()
        config = _set(config, key.split("."), text.strip(), key)
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

