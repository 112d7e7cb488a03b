"""`mldojo serve`: loopback by default, and a clear sentence when the port is taken."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from mldojo.web.security import LOOPBACK_HOSTS, allowed_hosts_for
from tests.conftest import Cli


def test_a_taken_port_is_one_clear_sentence(cli: Cli) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("serve", "--port", str(port), timeout=60)
    assert result.returncode == 2
    assert f"Port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "--port N" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("damage", ["garbage", "folder"])
def test_a_database_that_cannot_be_opened_is_one_clear_sentence(
    cli: Cli, home: Path, damage: str
) -> None:
    database = home / "mldojo.db"
    if damage == "garbage":
        database.write_bytes(bytes(range(256)) * 40)
    else:
        database.mkdir()
    result = cli("serve", "--port", "0", timeout=120)
    assert result.returncode == 2, result.stderr
    assert str(database) in result.stderr and "Traceback" not in result.stderr
    assert "startup failed" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_only_loopback_names_are_answered_on_a_loopback_bind() -> None:
    assert allowed_hosts_for("127.0.0.1") == LOOPBACK_HOSTS | {"127.0.0.1"}
    assert "evil.example" not in (allowed_hosts_for("localhost") or set())
    # Bound beyond loopback: this machine's own names, never any name (DNS rebinding).
    everywhere = allowed_hosts_for("0.0.0.0")
    assert everywhere >= LOOPBACK_HOSTS and socket.gethostname().lower() in everywhere
    assert "evil.example" not in everywhere and "0.0.0.0" not in everywhere
    assert "dojo.example" in allowed_hosts_for("dojo.example")


def test_serve_is_documented_in_its_help(cli: Cli) -> None:
    result = cli("serve", "--help")
    assert result.returncode == 0
    for option in ("--port", "--host", "--open"):
        assert option in result.stdout


def test_the_address_printed_is_one_that_answers() -> None:
    from mldojo.web.server import _url_host

    # "::" binds IPv6 only where the system keeps the families apart: its loopback answers.
    assert _url_host("::") == "[::1]" and _url_host("0.0.0.0") == "127.0.0.1"
    assert _url_host("::1") == "[::1]" and _url_host("127.0.0.1") == "127.0.0.1"
