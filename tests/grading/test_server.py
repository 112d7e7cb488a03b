"""The grader server's requests, one connection each (a socket pair in this process): work
counts as activity while it runs, and every failure comes back in the one error shape that
`grading.client.error_from` reads, whether it came from grading or from an added operation."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mldojo.errors import Interrupted, UsageError
from mldojo.grading.server import IDLE_EXIT_S, GraderServer, Op, _idle_exit_s
from mldojo.grading.wire import log_path, read_message, write_message
from mldojo.settings import Settings
from tests.conftest import BROADCAST


def _seen(grader: GraderServer) -> dict[str, Any]:
    return {"ok": True, "active": grader.active, "checks": grader.checks}


def _refuses(request: dict[str, Any], grader: GraderServer) -> dict[str, Any]:
    raise UsageError(f"The value '{request['value']}' is not allowed: send another.")


def _breaks(request: dict[str, Any], grader: GraderServer) -> dict[str, Any]:
    raise RuntimeError("a bug")


def _stops(request: dict[str, Any], grader: GraderServer) -> dict[str, Any]:
    raise Interrupted


OPS: dict[str, Op] = {
    "seen": lambda request, grader: _seen(grader),
    "refuses": _refuses,
    "breaks": _breaks,
    "stops": _stops,
}


@pytest.fixture
def server(settings: Settings) -> Iterator[GraderServer]:
    grader = GraderServer(settings, idle_exit_s=60.0, ops=OPS)
    yield grader
    grader.grader.close()
    grader.pool.close()


def ask(server: GraderServer, request: dict[str, Any]) -> dict[str, Any]:
    """One request over a connection from this process (so from this user), as a client sends it."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    handler = threading.Thread(target=server._handle, args=(theirs,))
    handler.start()
    with ours:
        write_message(ours, request)
        answer: dict[str, Any] = read_message(ours, timeout=30.0)
    handler.join(30.0)
    assert not handler.is_alive()
    return answer


def test_an_added_operation_counts_as_activity_while_it_runs(server: GraderServer) -> None:
    assert ask(server, {"op": "seen"}) == {"ok": True, "active": 1, "checks": 0}
    assert ask(server, {"op": "seen"}) == {"ok": True, "active": 1, "checks": 1}
    assert server.active == 0 and server.checks == 2


def test_status_and_unknown_requests_are_not_activity(server: GraderServer) -> None:
    before = server.last_activity
    assert ask(server, {"op": "status"})["status"]["checks"] == 0
    assert ask(server, {"op": "fly"}) == {
        "ok": False,
        "error": {"kind": "UsageError", "message": "unknown request 'fly'"},
    }
    assert server.checks == 0 and server.last_activity == before


def test_an_added_operation_s_errors_are_answered_as_one_sentence(
    server: GraderServer, settings: Settings
) -> None:
    assert ask(server, {"op": "refuses", "value": 7}) == {
        "ok": False,
        "error": {
            "kind": "UsageError",
            "message": "The value '7' is not allowed: send another.",
        },
    }
    bug = f"the grader failed (RuntimeError: a bug); see {log_path(settings)}"
    assert ask(server, {"op": "breaks"}) == {
        "ok": False,
        "error": {"kind": "GraderError", "message": bug},
    }
    assert ask(server, {"op": "stops"}) == {
        "ok": False,
        "error": {"kind": "Interrupted", "message": Interrupted.message},
    }
    # A failed request is activity all the same: the idle exit waited for it.
    assert server.active == 0 and server.checks == 3


def test_a_grade_request_s_errors_are_answered_in_the_same_shape(
    server: GraderServer, settings: Settings, content: Path
) -> None:
    folder = content / Path(*BROADCAST.split("."))
    stale = {"op": "grade", "root": str(content), "path": str(folder), "version": "stale"}
    assert ask(server, {**stale, "source": ""}) == {
        "ok": False,
        "error": {
            "kind": "MldojoError",
            "message": f"The exercise '{BROADCAST}' changed while it was being checked; "
            "check again.",
        },
    }
    bug = f"the grader failed (KeyError: 'root'); see {log_path(settings)}"
    assert ask(server, {"op": "grade", "source": ""}) == {
        "ok": False,
        "error": {"kind": "GraderError", "message": bug},
    }
    assert server.active == 0 and server.checks == 2


@pytest.mark.parametrize("text", ["soon", "0", "-5", "inf", "nan", ""])
def test_an_idle_time_that_is_not_a_positive_number_gives_the_default(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MLDOJO_GRADER_IDLE_S", text)
    assert _idle_exit_s() == IDLE_EXIT_S


def test_a_positive_idle_time_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLDOJO_GRADER_IDLE_S", "2.5")
    assert _idle_exit_s() == 2.5
