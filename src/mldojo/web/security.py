"""Safe by default: known hosts only, a strict Content-Security-Policy, a CSRF token on
every unsafe request, and a cap on request bodies.

One ASGI middleware does all four, before any route runs:

- Host: on a loopback bind only `localhost`, `127.0.0.1` and `[::1]` are answered, so
  a web page elsewhere cannot reach the app through DNS rebinding.
- CSRF: the browser holds a random session id in an HttpOnly, SameSite=Strict cookie;
  the token is an HMAC of it under a secret kept in the data directory (so a restart
  keeps open tabs working). Every POST, PUT, PATCH and DELETE must carry the token in
  the `X-CSRF-Token` header or a `csrf_token` form field (urlencoded or multipart), and
  come from this origin.
- Body cap: bodies over `MAX_BODY_BYTES` are refused before they are read whole; the
  cap holds any submission the learning layer accepts, however it is encoded, so a
  source over the limit meets that layer's own message.
- Headers: CSP without inline scripts, nosniff, no framing, no referrer leaks. The
  editor (CodeMirror) writes its styles into a `<style>` element, which the policy
  allows only with this response's nonce (given to the page in a `<meta>` tag). Style
  attributes are allowed: the browser's own editing writes them into the editor while
  the learner types, and KaTeX sets a few; they run no code, and with every fetch,
  image and font limited to this origin they cannot send anything anywhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import socket
from collections.abc import Callable
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mldojo.errors import MldojoError, SubmissionTooLarge
from mldojo.settings import MAX_SUBMISSION_BYTES
from mldojo.web.errors import Forbidden, HtmlPage, echo, error_response

SESSION_COOKIE = "mldojo_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# A submission is at most MAX_SUBMISSION_BYTES of source, checked by the learning layer
# with its own message; the body carrying it may be six times that. A form sends each
# line break as CRLF, which a urlencoded form writes "%0D%0A" (six bytes for one), and
# every other byte as at most "%XX"; JSON writes a control character as "\u0001" (six
# for one). FORM_FIELDS_BYTES is room for the other fields (the token, field names,
# multipart boundaries) and for a source a little over the limit, so that it too meets
# the submission's message rather than this cap.
SOURCE_ENCODED_RATIO = 6
FORM_FIELDS_BYTES = 64 * 1024
MAX_BODY_BYTES = SOURCE_ENCODED_RATIO * MAX_SUBMISSION_BYTES + FORM_FIELDS_BYTES
MAX_FORM_FIELDS = 1000
# A token is 64 hex digits: more than this in a `csrf_token` part is not one.
MAX_TOKEN_CHARS = 256
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})


def content_security_policy(nonce: str) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            f"style-src 'self' 'nonce-{nonce}'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",  # figures are drawn as SVG data URIs
            "font-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ]
    )


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "cross-origin-opener-policy": "same-origin",
}
# Pages and answers show the learner's state (a draft, the attempts), which changes: a
# copy kept by the browser (which serves Back from its cache however old) would show
# an older draft, and the next keystroke would save it over the newer one.
FRESH_ONLY = ("text/html", "application/json")


def load_secret(folder: Path) -> bytes:
    """The CSRF secret, made once and kept readable by this user alone."""
    path = folder / "web-secret"
    try:
        secret = path.read_bytes()
        if len(secret) >= 32:
            return secret
    except OSError:
        pass
    secret = secrets.token_bytes(32)
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(secret)
    return secret


def csrf_token(secret: bytes, session: str) -> str:
    return hmac.new(secret, session.encode(), hashlib.sha256).hexdigest()


class Guard:
    """The ASGI middleware described above; `html_page` renders its refusals."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        secret: bytes,
        allowed_hosts: frozenset[str],
        html_page: Callable[[], HtmlPage | None],
    ) -> None:
        self.app = app
        self.secret = secret
        self.allowed_hosts = allowed_hosts
        self.html_page = html_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        session = _cookie(headers, SESSION_COOKIE)
        new_session = session is None or len(session) < 32
        if new_session:
            session = secrets.token_urlsafe(32)
        assert session is not None
        token = csrf_token(self.secret, session)
        nonce = secrets.token_urlsafe(16)
        state = scope.setdefault("state", {})
        state["csrf_token"] = token
        state["csp_nonce"] = nonce
        send = self._with_headers(send, session if new_session else None, nonce)
        try:
            self._check_host(headers)
            if scope["method"] not in SAFE_METHODS:
                body = await _read_body(receive, headers, scope["path"])
                self._check_csrf(headers, body, token, new_session, scope["path"])
                receive = _replay(body, receive)
        except MldojoError as error:
            await error_response(error, headers, self.html_page())(scope, receive, send)
            return
        except _ClientGone:
            # The browser went before sending the whole body (a tab closed mid-save): a
            # part of a form is not what the learner sent, so nothing is done with it.
            return
        await self.app(scope, receive, send)

    def _check_host(self, headers: Headers) -> None:
        host = _host_name(headers.get("host", ""))
        if host not in self.allowed_hosts:
            raise Forbidden(
                f"This app does not answer as '{echo(host)}': open it in the browser at "
                "http://127.0.0.1 with its port, or by this machine's own name (whoever "
                "started mldojo can allow another name with its --host option)."
            )

    def _check_csrf(
        self, headers: Headers, body: bytes, token: str, new_session: bool, path: str
    ) -> None:
        origin = headers.get("origin")
        if origin and origin != "null" and urlsplit(origin).netloc != headers.get("host"):
            raise Forbidden(
                f"A request to '{echo(path)}' came from another site ('{echo(origin)}'): "
                "mldojo only accepts changes made from its own pages."
            )
        supplied = headers.get(CSRF_HEADER)
        if supplied is None:
            supplied = form_token(headers.get("content-type", ""), body)
        # Compared as bytes: a token with characters beyond ASCII is wrong, not an error.
        given = (supplied or "").encode("utf-8", "replace")
        if new_session or not given or not hmac.compare_digest(given, token.encode()):
            raise Forbidden(
                f"The request to '{echo(path)}' has no valid CSRF token"
                + (" (this browser had no mldojo session yet)" if new_session else "")
                + ": reload the page and try again."
            )

    def _with_headers(self, send: Send, new_session: str | None, nonce: str) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                response_headers["content-security-policy"] = content_security_policy(nonce)
                for name, value in SECURITY_HEADERS.items():
                    response_headers.setdefault(name, value)
                if response_headers.get("content-type", "").startswith(FRESH_ONLY):
                    response_headers.setdefault("cache-control", "no-store")
                if new_session is not None:
                    response_headers.append(
                        "set-cookie",
                        f"{SESSION_COOKIE}={new_session}; Path=/; HttpOnly; SameSite=Strict",
                    )
            await send(message)

        return wrapped


def form_token(content_type: str, body: bytes) -> str | None:
    """The `csrf_token` field of a urlencoded or multipart form body, or None. The body is
    already read (and capped); a multipart one is scanned for that one part, whose value
    is kept only up to `MAX_TOKEN_CHARS`, and files in it are never stored."""
    media_type, options = parse_options_header(content_type)
    if media_type == b"application/x-www-form-urlencoded":
        try:
            values = parse_qs(body.decode("latin-1"), max_num_fields=MAX_FORM_FIELDS)
        except ValueError:  # over the field limit: no token is looked for
            return None
        found = values.get(CSRF_FIELD)
        return found[0] if found else None
    if media_type == b"multipart/form-data" and options.get(b"boundary"):
        return _multipart_token(options[b"boundary"], body)
    return None


class _TokenFound(Exception):
    """Stops a multipart scan once the token's part has ended."""


class _TokenScan:
    """Callbacks for python-multipart's parser that keep the `csrf_token` part alone."""

    def __init__(self) -> None:
        self.header_name = bytearray()
        self.header_value = bytearray()
        self.in_token = False
        self.value = bytearray()
        self.parts = 0

    def on_part_begin(self) -> None:
        self.in_token = False

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def on_header_end(self) -> None:
        if bytes(self.header_name).strip().lower() == b"content-disposition":
            _, params = parse_options_header(bytes(self.header_value))
            self.in_token = params.get(b"name") == CSRF_FIELD.encode()
        self.header_name.clear()
        self.header_value.clear()

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        if self.in_token and len(self.value) <= MAX_TOKEN_CHARS:
            self.value += data[start : min(end, start + MAX_TOKEN_CHARS + 1)]

    def on_part_end(self) -> None:
        if self.in_token:
            raise _TokenFound
        self.parts += 1
        if self.parts >= MAX_FORM_FIELDS:  # a crowded form: no token is looked for
            raise FormParserError("too many parts")


def _multipart_token(boundary: bytes, body: bytes) -> str | None:
    scan = _TokenScan()
    try:
        parser = MultipartParser(
            boundary,
            {
                "on_part_begin": scan.on_part_begin,
                "on_header_field": scan.on_header_field,
                "on_header_value": scan.on_header_value,
                "on_header_end": scan.on_header_end,
                "on_part_data": scan.on_part_data,
                "on_part_end": scan.on_part_end,
            },
        )
        parser.write(body)
    except _TokenFound:
        if len(scan.value) <= MAX_TOKEN_CHARS:
            return scan.value.decode("latin-1")
    except FormParserError:  # malformed or crowded: no token
        pass
    return None


def _cookie(headers: Headers, name: str) -> str | None:
    raw = headers.get("cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:  # a malformed cookie header is a missing session, not a crash
        return None
    morsel = jar.get(name)
    return morsel.value if morsel is not None else None


def _host_name(host: str) -> str:
    """The name of a Host header, lower-cased; one with a port that is not digits, or
    anything after an IPv6 address's bracket, is kept whole (and so refused)."""
    host = host.strip().lower()
    if host.startswith("["):
        name, _, rest = host.partition("]")
        return f"{name}]" if rest == "" or (rest[:1] == ":" and rest[1:].isdigit()) else host
    name, colon, port = host.partition(":")
    return name if not colon or port.isdigit() else host


def too_large(path: str) -> SubmissionTooLarge:
    return SubmissionTooLarge(
        f"The request to '{echo(path)}' is over {MAX_BODY_BYTES:,} bytes, more than any "
        f"submission can fill: a submission holds at most {MAX_SUBMISSION_BYTES:,} bytes of "
        "source, so keep data out of it and shorten the code."
    )


class _ClientGone(Exception):
    """The client disconnected before its whole body arrived."""


async def _read_body(receive: Receive, headers: Headers, path: str) -> bytes:
    declared = headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise too_large(path)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise too_large(path)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """The already-read body first, then the client's own channel (for its disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


WILDCARD_BINDS = frozenset({"0.0.0.0", "::", "[::]", ""})


def allowed_hosts_for(bind_host: str) -> frozenset[str]:
    """The names a request may address the app by: the loopback names, and, bound
    beyond loopback, the bound name and this machine's own names and addresses. Any
    other name is refused, so a web page elsewhere cannot reach the app through DNS
    rebinding even when it listens on the network."""
    names = set(LOOPBACK_HOSTS)
    if bind_host not in WILDCARD_BINDS:
        names.add(bind_host.lower())
    if bind_host in LOOPBACK_HOSTS or bind_host.startswith("127."):
        return frozenset(names)
    machine = {socket.gethostname(), socket.getfqdn()}
    for name in list(machine):
        with contextlib.suppress(OSError, UnicodeError):
            machine |= {str(info[4][0]) for info in socket.getaddrinfo(name, None)}
    names |= {n.lower() for n in machine if n}
    names |= {f"[{n}]" for n in names if ":" in n and not n.startswith("[")}
    return frozenset(names)
