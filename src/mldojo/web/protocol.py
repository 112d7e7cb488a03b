"""What uvicorn answers itself, in the app's error shape: a request it cannot parse.

An address over the parser's limit (about 64 KB), a broken request line or a header
that is not HTTP never reaches the app, so uvicorn would answer it with its own
plain-text sentence. The protocol below answers it as every other error is answered:
the error page for a browser, `{"error": {"kind", "message"}}` for anything else.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any

from mldojo.web.errors import HtmlPage, UnreadableRequest, error_body, status_of
from mldojo.web.security import SECURITY_HEADERS, content_security_policy

UNREADABLE = UnreadableRequest(
    "This request could not be read: its address or its headers are too long (over about "
    "64 KB), or it is not well-formed HTTP. Open pages from mldojo's own links, and send "
    "code in the body of a form or a POST, never in the address."
)


def base_protocol() -> type[Any]:
    """The class uvicorn's `http="auto"` would take: httptools where it is installed."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:  # no httptools on this machine (it is a dependency, but optional)
        from uvicorn.protocols.http.h11_impl import H11Protocol

        return H11Protocol
    return HttpToolsProtocol


def protocol_class(html_page: Callable[[], HtmlPage | None]) -> type[Any]:
    """uvicorn's HTTP protocol, with its answer to an unparsable request replaced."""
    base = base_protocol()

    class Protocol(base):  # type: ignore[misc, valid-type]
        # Whether this connection has asked for a page: a browser's requests accept
        # text/html, and the request that failed to parse cannot be asked.
        browser = False

        def data_received(self, data: bytes) -> None:
            if not self.browser and b"text/html" in data:
                self.browser = True
            super().data_received(data)

        def send_400_response(self, msg: str) -> None:
            page = html_page() if self.browser else None
            status = status_of(UNREADABLE)
            if page is None:
                body = json.dumps(error_body(UNREADABLE)).encode()
                kind = b"application/json"
            else:
                body = page(UNREADABLE, status).encode()
                kind = b"text/html; charset=utf-8"
            headers = [
                *self.server_state.default_headers,
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
                (
                    b"content-security-policy",
                    content_security_policy(secrets.token_urlsafe(16)).encode(),
                ),
                *((name.encode(), value.encode()) for name, value in SECURITY_HEADERS.items()),
            ]
            lines = [f"HTTP/1.1 {status} Bad Request".encode()]
            lines += [name + b": " + value for name, value in headers]
            self.transport.write(b"\r\n".join(lines) + b"\r\n\r\n" + body)
            self.transport.close()

    return Protocol
