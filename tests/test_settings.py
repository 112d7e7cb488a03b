"""Settings travel as JSON to the local grader process: every field must arrive intact."""

from __future__ import annotations

import json
from dataclasses import MISSING, fields
from pathlib import Path
from typing import Any

import pytest

from mldojo.settings import Settings

# A value for every field, none of them a default, so a field dropped or mangled on the
# way shows up as a difference.
EVERY_FIELD: dict[str, Any] = {
    "home": Path("/srv/dojo home"),
    "db_url": "postgresql+psycopg://dojo@db.example/dojo",
    "workspace": Path("/srv/work space"),
    "content_root": Path("/opt/mldojo/content"),
    "packs": (Path("/opt/packs/bootcamp"), Path("/home/amy/my pack")),
    "learner": "amy",
    "grader": "inline",
    "cuda": "off",
}


def test_the_sample_gives_every_field_a_value_that_is_not_its_default() -> None:
    assert set(EVERY_FIELD) == {f.name for f in fields(Settings)}, "give each new field a value"
    for f in fields(Settings):
        default = f.default_factory() if f.default_factory is not MISSING else f.default
        assert EVERY_FIELD[f.name] != default, f.name


def test_every_field_survives_the_trip_through_json() -> None:
    sent = Settings(**EVERY_FIELD)
    received = Settings.from_json(json.loads(json.dumps(sent.to_json())))
    assert received == sent
    for f in fields(Settings):
        assert type(getattr(received, f.name)) is type(getattr(sent, f.name)), f.name
    assert all(isinstance(p, Path) for p in received.packs)


def test_the_json_keeps_the_keys_and_plain_values_other_programs_read() -> None:
    assert Settings(**EVERY_FIELD).to_json() == {
        "home": "/srv/dojo home",
        "db_url": "postgresql+psycopg://dojo@db.example/dojo",
        "workspace": "/srv/work space",
        "content_root": "/opt/mldojo/content",
        "packs": ["/opt/packs/bootcamp", "/home/amy/my pack"],
        "learner": "amy",
        "grader": "inline",
        "cuda": "off",
    }


def test_defaults_survive_too(settings: Settings) -> None:
    assert settings.packs == () and settings.learner == "local"
    assert Settings.from_json(json.loads(json.dumps(settings.to_json()))) == settings


@pytest.mark.parametrize(
    "change, error",
    [
        (lambda d: d.pop("cuda"), KeyError),
        (lambda d: d.update(home=None), TypeError),
        (lambda d: d.update(packs=None), TypeError),
    ],
)
def test_a_malformed_request_fails_with_the_errors_the_grader_reports(  # type: ignore[no-untyped-def]
    change, error: type[Exception]
) -> None:
    data = Settings(**EVERY_FIELD).to_json()
    change(data)
    with pytest.raises(error):
        Settings.from_json(data)


def test_each_pack_is_kept_once_and_never_the_content_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack, other, content = (tmp_path / name for name in ("pack", "other", "content"))
    for folder in (pack, other, content):
        folder.mkdir()
    (tmp_path / "link").symlink_to(pack)
    monkeypatch.setenv("MLDOJO_CONTENT", str(content))
    monkeypatch.setenv("MLDOJO_PACKS", f"{pack}:{other}")
    extra = [Path(f"{pack}/"), tmp_path / "link", tmp_path / "other" / ".." / "content"]
    assert Settings.from_env(extra_packs=extra).packs == (pack, other)
