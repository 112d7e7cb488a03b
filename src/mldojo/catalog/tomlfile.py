"""Reading TOML files with errors that name the file and the line."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from mldojo.errors import ContentError


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ContentError(f"'{path}' is missing: create it (docs/exercise-format.md).") from None
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"'{path}' is not valid TOML ({exc}): fix the syntax there.") from None
    except UnicodeDecodeError:
        raise ContentError(f"'{path}' is not UTF-8 text: save it as UTF-8.") from None
