"""Where mldojo keeps things, read once from the environment.

Nothing here touches the disk or the database; `Settings.from_env()` only
resolves paths, so tools and tests can point `MLDOJO_HOME` anywhere.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from mldojo.errors import ConfigError

MAX_SUBMISSION_BYTES = 1_000_000
LOCAL_LEARNER = "local"
# `mldojo serve`: loopback only unless --host says otherwise.
WEB_HOST = "127.0.0.1"
WEB_PORT = 8421


def bundled_content_root() -> Path:
    """The catalog shipped with mldojo: inside the wheel, or the repo's `content/`."""
    package_dir = Path(__file__).resolve().parent
    wheel_copy = package_dir / "content"
    if wheel_copy.is_dir():
        return wheel_copy
    return package_dir.parents[1] / "content"


def _default_home() -> Path:
    from platformdirs import user_data_path

    return user_data_path("mldojo", appauthor=False)


def _split_paths(value: str | None) -> list[Path]:
    if not value:
        return []
    return [Path(p).expanduser() for p in value.split(os.pathsep) if p.strip()]


def _absolute(env: Mapping[str, str], name: str) -> Path | None:
    """A folder for the learner's data, given as an absolute path (or `~/...`).

    A relative one would name a different folder from each directory mldojo is run
    in (and in the grader, which runs elsewhere), splitting the learner's progress.
    """
    text = env.get(name)
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise ConfigError(
            f"{name} is '{text}', a relative path, which would mean a different folder in "
            f"each directory you run mldojo from: set it to an absolute path, e.g. "
            f"'{Path(text).absolute()}'."
        )
    return path


GRADER_MODES = ("process", "inline")
# "auto": CUDA exercises run where a GPU is found; "off": never (a GPU kept for other work).
CUDA_MODES = ("auto", "off")


@dataclass(frozen=True)
class Settings:
    home: Path
    db_url: str
    workspace: Path
    content_root: Path
    packs: tuple[Path, ...] = field(default_factory=tuple)
    learner: str = LOCAL_LEARNER
    # "process": checks go to the warm local grader process; "inline": graded in this
    # process with a fresh interpreter per run (slower, nothing left running).
    grader: str = "process"
    cuda: str = "auto"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"

    @property
    def grader_dir(self) -> Path:
        """The local grader's socket, lock and log (readable by this user alone)."""
        return self.home / "grader"

    @property
    def log_file(self) -> Path:
        return self.home / "mldojo.log"

    @classmethod
    def from_env(cls, *, extra_packs: list[Path] | None = None) -> Settings:
        env = os.environ
        home = _absolute(env, "MLDOJO_HOME") or _default_home().absolute()
        db_url = env.get("MLDOJO_DB") or f"sqlite:///{home / 'mldojo.db'}"
        workspace = _absolute(env, "MLDOJO_WORKSPACE") or home / "workspace"
        content = (
            Path(env["MLDOJO_CONTENT"]).expanduser().absolute()
            if env.get("MLDOJO_CONTENT")
            else bundled_content_root()
        )
        packs = tuple(_split_paths(env.get("MLDOJO_PACKS"))) + tuple(extra_packs or [])
        grader = env.get("MLDOJO_GRADER", "process").strip().lower() or "process"
        if grader not in GRADER_MODES:
            raise ConfigError(
                f"MLDOJO_GRADER is '{grader}', which is not a grader mode: use "
                + " or ".join(f"'{mode}'" for mode in GRADER_MODES)
                + " (or leave it unset)."
            )
        cuda = env.get("MLDOJO_CUDA", "auto").strip().lower() or "auto"
        if cuda not in CUDA_MODES:
            raise ConfigError(
                f"MLDOJO_CUDA is '{cuda}', which is not a CUDA mode: use 'auto' or 'off' "
                "(or leave it unset)."
            )
        return cls(
            home=home,
            db_url=db_url,
            workspace=workspace,
            content_root=content,
            packs=_distinct_packs(content, packs),
            grader=grader,
            cuda=cuda,
        )

    def to_json(self) -> dict[str, Any]:
        """As plain values, for a process that acts with this process's settings.

        Built from the fields, so a new field reaches the local grader too; the keys
        are the field names, which other programs read.
        """
        return {f.name: _to_plain(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """The settings `to_json` gave; a missing key is a KeyError, a bad value a
        TypeError or ValueError."""
        kinds = get_type_hints(cls)
        return cls(**{f.name: _from_plain(kinds[f.name], data[f.name]) for f in fields(cls)})

    def ensure_home(self) -> None:
        """Create the data directory, or say clearly why it cannot be used."""
        for folder in (self.home, self.cache_dir):
            if folder.exists() and not folder.is_dir():
                raise ConfigError(
                    f"The data directory '{folder}' is a file, not a folder: set MLDOJO_HOME "
                    "to a folder (mldojo creates it if it does not exist)."
                )
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ConfigError(
                    f"The data directory '{folder}' cannot be created ({exc.strerror}): "
                    "set MLDOJO_HOME to a folder you can write to."
                ) from None
        if not os.access(self.home, os.W_OK | os.X_OK):
            raise ConfigError(
                f"The data directory '{self.home}' is not writable: "
                "fix its permissions or set MLDOJO_HOME to a folder you can write to."
            )


def _distinct_packs(content: Path, packs: tuple[Path, ...]) -> tuple[Path, ...]:
    """Each pack once, and never the content root itself: a folder named by both
    MLDOJO_PACKS and --pack (or twice, or with a trailing slash) is one catalog, not
    a clash of each of its exercises with itself."""
    seen = {resolved(content)}
    distinct = []
    for pack in packs:
        if resolved(pack) not in seen:
            seen.add(resolved(pack))
            distinct.append(pack.absolute())
    return tuple(distinct)


def resolved(path: Path) -> Path:
    """The path with links and `..` resolved, to tell whether two paths name one place."""
    try:
        return path.expanduser().resolve()
    except (OSError, RuntimeError):  # a loop of links: taken as written
        return path.expanduser().absolute()


def _to_plain(value: object) -> object:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple):
        return [_to_plain(item) for item in value]
    return value


def _from_plain(kind: Any, value: Any) -> Any:
    """`value` from JSON as the field type `kind`: str, Path, or a tuple of one of them."""
    if kind is Path:
        return Path(value)
    if kind is str:
        return str(value)
    if get_origin(kind) is tuple:
        item, _ = get_args(kind)  # tuple[X, ...]
        return tuple(_from_plain(item, v) for v in value)
    raise TypeError(f"A setting of type {kind} cannot be read from JSON: teach _from_plain it.")
