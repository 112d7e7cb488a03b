"""`mldojo serve`: the web app under uvicorn, on loopback unless told otherwise."""

from __future__ import annotations

import errno
import os
import signal
import socket
import sys
import threading
import time
import webbrowser
from types import FrameType

from mldojo.errors import UsageError
from mldojo.settings import Settings
from mldojo.web.app import create_app
from mldojo.web.protocol import protocol_class

STARTED_WAIT_S = 120.0


def serve(settings: Settings, *, host: str, port: int, open_browser: bool) -> None:
    """Serve until Ctrl-C; print the address once it answers (and open it with --open)."""
    import uvicorn

    _check_free(host, port)
    app = create_app(settings, host=host)
    # Opened here rather than in the app's lifespan, where uvicorn would print a
    # database that cannot be opened (damaged, newer, a folder) as a traceback.
    try:
        app.state.runtime.open()
    except BaseException:
        app.state.runtime.close()  # the warm pool it may have begun
        raise
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol_class(lambda: app.state.pages.error_page),
        log_level="warning",
        access_log=False,
        server_header=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    graceful = server.handle_exit

    def handle_exit(sig: int, frame: FrameType | None) -> None:
        if sig == signal.SIGINT and server.should_exit:
            os._exit(130)  # a second Ctrl-C: stop now, not after uvicorn's traceback
        graceful(sig, frame)

    server.handle_exit = handle_exit  # type: ignore[method-assign]
    threading.Thread(
        target=_announce, args=(server, host, open_browser), name="announce", daemon=True
    ).start()
    server.run()


def _announce(server: object, host: str, open_browser: bool) -> None:
    deadline = time.monotonic() + STARTED_WAIT_S
    while not getattr(server, "started", False):
        if time.monotonic() > deadline or getattr(server, "should_exit", False):
            return
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]  # type: ignore[attr-defined]
    url = f"http://{_url_host(host)}:{port}/"
    print(f"mldojo is serving on {url} (Ctrl-C stops it).", flush=True)
    if open_browser:
        _open(url)


def _open(url: str) -> None:
    """A graphical browser only: on a Linux console, Python would start a text browser
    (lynx, w3m) in the terminal that runs the server."""
    graphical = not sys.platform.startswith("linux") or any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY")
    )
    if not graphical or not webbrowser.open(url):
        print(f"No graphical browser here: open {url} in yours.", flush=True)


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", ""):
        return "127.0.0.1"
    if host == "::":  # every IPv6 address: this machine's answers (an IPv4 one may not)
        return "[::1]"
    return f"[{host}]" if ":" in host else host


def _check_free(host: str, port: int) -> None:
    """A clear sentence, before anything starts, when the address cannot be used."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise UsageError(
                    f"Port {port} on {host} is already in use (another `mldojo serve`?): open "
                    f"http://{_url_host(host)}:{port}/ if it is mldojo, or pass --port N."
                ) from None
            raise UsageError(
                f"Cannot serve on {host}:{port} ({exc.strerror}): pass --host 127.0.0.1, or "
                "another --port."
            ) from None
