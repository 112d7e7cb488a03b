"""Nothing outside the sandbox can be read, reached, signalled or written."""

from __future__ import annotations

import os
import signal
import socket
import threading
import uuid
from pathlib import Path

import pytest

from tests.security.conftest import Attack, everything_shown


def test_no_environment_variable_of_the_user(
    attack: Attack, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = f"secret-{uuid.uuid4().hex}"
    monkeypatch.setenv("MLDOJO_SECRET_TOKEN", secret)
    verdict = attack("""
        import os
        print(dict(os.environ))
        def add_row_offsets(X, offsets):
            return sorted(os.environ)
    """)
    shown = everything_shown(verdict)
    assert secret not in shown and "MLDOJO_SECRET_TOKEN" not in shown and "PATH" in shown


def test_no_home_directory_content_tree_or_reference(attack: Attack) -> None:
    canary = Path.home() / f".mldojo-canary-{uuid.uuid4().hex}"
    canary.write_text("home secret")
    solution = attack.exercise.solution_path
    try:
        verdict = attack(
            f"""
            import os
            found = []
            for path in ({str(canary)!r}, {str(solution)!r}, {str(attack.exercise.path)!r}):
                try:
                    found.append(open(path).read())
                except OSError as exc:
                    found.append(type(exc).__name__)
            for root, dirs, files in os.walk("/"):
                if root.startswith(("/proc", "/sys", "/usr", "/dev")):
                    dirs[:] = []
                    continue
                for name in files:
                    if name in ("solution.py", "cases.py", "exercise.toml", "mldojo.db"):
                        found.append(open(os.path.join(root, name)).read())
            print(found)
            def add_row_offsets(X, offsets):
                return None
        """,
            time_s=10,
        )
    finally:
        canary.unlink()
    shown = everything_shown(verdict)
    assert "home secret" not in shown
    assert "offsets[:, None]" not in shown and "def cases" not in shown
    assert "FileNotFoundError" in shown


def test_no_grader_files_and_no_reference_to_import(attack: Attack) -> None:
    verdict = attack("""
        import importlib
        tried = []
        for name in ("solution", "cases", "mldojo.grading.judge", "mldojo.catalog"):
            try:
                importlib.import_module(name)
                tried.append(name + " imported")
            except Exception as exc:
                tried.append(type(exc).__name__)
        print(tried)
        def add_row_offsets(X, offsets):
            return None
    """)
    assert "imported" not in everything_shown(verdict)


def test_no_view_of_the_parent_process(attack: Attack) -> None:
    verdict = attack(f"""
        import os
        print(sorted(p for p in os.listdir("/proc") if p.isdigit()))
        print(os.path.exists("/proc/{os.getpid()}/environ"))
        def add_row_offsets(X, offsets):
            return None
    """)
    shown = everything_shown(verdict)
    assert "False" in shown and str(os.getpid()) not in shown.split("False")[0]


def _listen(server: socket.socket, hits: list[bytes]) -> None:
    server.settimeout(15)
    try:
        connection, _ = server.accept()
        hits.append(connection.recv(100))
    except OSError:
        pass


def test_no_network_tcp_udp_unix_or_abstract(attack: Attack, tmp_path: Path) -> None:
    hits: list[bytes] = []
    tcp = socket.create_server(("127.0.0.1", 0))
    unix_path = str(tmp_path / "grader.sock")
    unix = socket.socket(socket.AF_UNIX)
    unix.bind(unix_path)
    unix.listen()
    abstract_name = f"\0mldojo-{uuid.uuid4().hex}"
    abstract = socket.socket(socket.AF_UNIX)
    abstract.bind(abstract_name)
    abstract.listen()
    for server in (tcp, unix, abstract):
        threading.Thread(target=_listen, args=(server, hits), daemon=True).start()
    port = tcp.getsockname()[1]
    verdict = attack(f"""
        import socket
        results = []
        for family, address in ((socket.AF_INET, ("127.0.0.1", {port})),
                                (socket.AF_UNIX, {unix_path!r}),
                                (socket.AF_UNIX, {abstract_name!r})):
            try:
                s = socket.socket(family)
                s.connect(address)
                s.sendall(b"leak")
                results.append("connected")
            except OSError as exc:
                results.append(type(exc).__name__)
        try:
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", {port}))
            results.append("sent")
        except OSError as exc:
            results.append(type(exc).__name__)
        print(results)
        def add_row_offsets(X, offsets):
            return None
    """)
    for server in (tcp, unix, abstract):
        server.close()
    assert hits == []
    assert "connected" not in everything_shown(verdict)
    assert "sent" not in everything_shown(verdict)


def test_no_signals_to_other_processes(attack: Attack) -> None:
    received: list[int] = []
    previous = signal.signal(signal.SIGUSR1, lambda signum, frame: received.append(signum))
    try:
        attack(f"""
            import os, signal
            for target in ({os.getpid()}, {os.getppid()}, 1, -1):
                try:
                    os.kill(target, signal.SIGUSR1)
                except OSError:
                    pass
            def add_row_offsets(X, offsets):
                return None
        """)
    finally:
        signal.signal(signal.SIGUSR1, previous)
    assert received == []


def test_no_writing_outside_scratch(attack: Attack, tmp_path: Path) -> None:
    import numpy

    numpy_init = Path(numpy.__file__)
    before = numpy_init.read_bytes()
    database = tmp_path / "mldojo.db"
    database.write_bytes(b"progress")
    verdict = attack(f"""
        results = []
        for path in ({str(numpy_init)!r}, {str(database)!r}, "/usr/lib/evil", "/etc/evil",
                     "/root/evil", "/evil"):
            try:
                with open(path, "a") as handle:
                    handle.write("owned")
                results.append("wrote " + path)
            except OSError as exc:
                results.append(type(exc).__name__)
        import os
        os.symlink("/etc/passwd", "/tmp/planted")
        print(results)
        def add_row_offsets(X, offsets):
            return None
    """)
    assert "wrote" not in everything_shown(verdict)
    assert numpy_init.read_bytes() == before and database.read_bytes() == b"progress"
    assert not Path("/evil").exists() and not Path("/etc/evil").exists()


def test_no_reading_the_parent_memory(attack: Attack) -> None:
    verdict = attack(f"""
        import ctypes, os
        results = []
        try:
            with open("/proc/{os.getpid()}/mem", "rb") as handle:
                results.append("opened")
        except OSError as exc:
            results.append(type(exc).__name__)
        libc = ctypes.CDLL(None, use_errno=True)
        buffer = ctypes.create_string_buffer(16)
        local = (ctypes.c_void_p * 2)(ctypes.cast(buffer, ctypes.c_void_p), 16)
        remote = (ctypes.c_void_p * 2)(4096, 16)
        got = libc.process_vm_readv({os.getpid()}, local, 1, remote, 1, 0)
        results.append("read" if got > 0 else "errno %d" % ctypes.get_errno())
        print(results)
        def add_row_offsets(X, offsets):
            return None
    """)
    shown = everything_shown(verdict)
    assert "opened" not in shown and "'read'" not in shown and "errno" in shown
