"""The edges of HTTP through the app's TestClient: the methods a path answers, forms of
every encoding a browser sends, bodies near the size limit, and what errors say."""

from __future__ import annotations

import json
import re
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient

from mldojo.settings import MAX_SUBMISSION_BYTES
from mldojo.web.errors import ECHO_CHARS
from mldojo.web.security import MAX_BODY_BYTES
from tests.conftest import BROADCAST
from tests.web.conftest import page, post_json, token
from tests.web.test_routes import assert_error_shape

DRAFT = f"/exercises/{BROADCAST}/draft"
JSON = {"accept": "application/json"}
# What a browser sends for a form's text box holding `n` line breaks and nothing else.
CRLF = "\r\n"


def multipart(fields: dict[str, str], boundary: str = "mldojo-test-boundary") -> bytes:
    """A multipart/form-data body as a browser writes one (no file parts)."""
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in fields.items()
    ]
    return ("".join(parts) + f"--{boundary}--\r\n").encode()


def post_multipart(client: TestClient, url: str, fields: dict[str, str]) -> Any:
    return client.post(
        url,
        content=multipart(fields),
        headers={"content-type": "multipart/form-data; boundary=mldojo-test-boundary", **JSON},
    )


def draft_bytes(client: TestClient, response: Any) -> int:
    assert response.status_code == 200, response.text[:300]
    saved = response.json()
    assert saved["saved"] is True
    return int(saved["bytes"])


# --- 405: the Allow header names what the path really answers ---------------------------


@pytest.mark.parametrize(
    ("method", "url", "allow"),
    [
        ("GET", f"/exercises/{BROADCAST}/check", "POST"),
        ("GET", "/journal", "POST"),
        ("HEAD", f"/exercises/{BROADCAST}/parts", "GET"),
        ("POST", "/", "GET, HEAD"),
        ("POST", f"/exercises/{BROADCAST}", "GET, HEAD"),
        ("POST", "/static/mldojo.css", "GET, HEAD"),
    ],
)
def test_a_405_lists_the_methods_the_path_answers(
    client: TestClient, method: str, url: str, allow: str
) -> None:
    headers = {"x-csrf-token": token(client), **JSON}
    response = client.request(method, url, headers=headers)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    if method != "HEAD":
        message = assert_error_shape(response.json(), "MethodNotAllowed")
        assert f"only {allow}" in message
        # An action is not a page to open: the advice says so rather than "open it".
        assert ("open it in the browser" in message) == ("GET" in allow)
    as_html = client.request(method, url, headers={"x-csrf-token": headers["x-csrf-token"]})
    assert as_html.headers["allow"] == allow


# --- CSRF: a multipart form's token field is read ----------------------------------------


def test_a_multipart_form_carries_its_token_in_a_field(client: TestClient) -> None:
    csrf = token(client)
    source = "def add_row_offsets(X, offsets):\n    return X  # multipart\n"
    saved = post_multipart(client, DRAFT, {"source": source, "csrf_token": csrf})
    assert draft_bytes(client, saved) == len(source)
    assert "# multipart" in page(client, f"/exercises/{BROADCAST}")
    # The token may come first, and the form may carry a file part the app ignores.
    body = (
        b'--b\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
        + csrf.encode()
        + b'\r\n--b\r\nContent-Disposition: form-data; name="notes"; filename="a.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\nsome bytes\r\n"
        b'--b\r\nContent-Disposition: form-data; name="source"\r\n\r\nx = 4\r\n--b--\r\n'
    )
    response = client.post(
        DRAFT, content=body, headers={"content-type": "multipart/form-data; boundary=b", **JSON}
    )
    assert draft_bytes(client, response) == len("x = 4")


@pytest.mark.parametrize(
    "fields",
    [
        {"source": "x = 5"},
        {"source": "x = 5", "csrf_token": "0" * 64},
        {"source": "x = 5", "csrf_token": "f" * 100_000},
        {"csrf_token_not": "x", "source": "x = 5"},
    ],
)
def test_a_multipart_form_without_the_right_token_is_refused(
    client: TestClient, fields: dict[str, str]
) -> None:
    token(client)  # a session, so only the token is missing
    response = post_multipart(client, DRAFT, fields)
    assert response.status_code == 403
    assert "CSRF" in assert_error_shape(response.json(), "Forbidden")


def test_a_malformed_multipart_form_is_refused_not_crashed(client: TestClient) -> None:
    csrf = token(client)
    for content_type, body in [
        ("multipart/form-data", multipart({"csrf_token": csrf})),  # no boundary
        ("multipart/form-data; boundary=" + "b" * 100, b"--" + b"b" * 100),
        ("multipart/form-data; boundary=zz", b"garbage\r\n--zz\r\nno headers end"),
    ]:
        response = client.post(DRAFT, content=body, headers={"content-type": content_type, **JSON})
        assert response.status_code == 403, content_type
        assert_error_shape(response.json(), "Forbidden")


def test_a_malformed_multipart_form_with_a_token_says_what_to_send(client: TestClient) -> None:
    """The token in its header, the form unreadable: a sentence about the body, not a
    bare 'reload' (reloading sends the same body again)."""
    csrf = token(client)
    for content_type in ("multipart/form-data", "multipart/form-data; boundary=zz"):
        response = client.post(
            DRAFT,
            content=b"garbage",
            headers={"content-type": content_type, "x-csrf-token": csrf, **JSON},
        )
        assert response.status_code == 422, content_type
        message = assert_error_shape(response.json(), "MalformedRequest")
        assert "could not be read" in message and "form" in message, message
        assert "reload" not in message, message


# --- Size: the body cap holds any source the submission limit allows ---------------------


def test_the_body_cap_holds_a_full_source_in_its_worst_encoding() -> None:
    # Every byte of a text box's source may become six on the wire ("%0D%0A", "\u0001").
    worst = "source=" + "%0D%0A" * (MAX_SUBMISSION_BYTES + 1) + "&csrf_token=" + "0" * 64
    assert len(worst) <= MAX_BODY_BYTES
    assert len(json.dumps({"source": "\x01" * (MAX_SUBMISSION_BYTES + 1)})) <= MAX_BODY_BYTES


@pytest.mark.parametrize(
    ("source", "encoding"),
    [
        ("\u00e9" * (MAX_SUBMISSION_BYTES // 2), "urlencoded"),  # 3 MB percent-encoded
        ("\n" * MAX_SUBMISSION_BYTES, "urlencoded"),  # CRLF, then "%0D%0A": 6 MB
        ("\n" * MAX_SUBMISSION_BYTES, "multipart"),  # CRLF: 2 MB
        ("\x01" * MAX_SUBMISSION_BYTES, "json"),  # "\u0001": 6 MB
    ],
)
def test_a_source_at_the_limit_is_saved_however_it_is_encoded(
    client: TestClient, source: str, encoding: str
) -> None:
    csrf = token(client)
    sent = source.replace("\n", CRLF) if encoding != "json" else source  # as browsers do
    response = send(client, encoding, sent, csrf)
    assert draft_bytes(client, response) == len(source.encode()) == MAX_SUBMISSION_BYTES


@pytest.mark.parametrize(
    ("source", "encoding"),
    [
        ("\u00e9" * (MAX_SUBMISSION_BYTES // 2) + "x", "urlencoded"),
        ("\n" * (MAX_SUBMISSION_BYTES + 1), "urlencoded"),
        ("\n" * (MAX_SUBMISSION_BYTES + 1), "multipart"),
        ("\x01" * (MAX_SUBMISSION_BYTES + 1), "json"),
    ],
)
def test_a_source_over_the_limit_meets_the_submission_message(
    client: TestClient, source: str, encoding: str
) -> None:
    csrf = token(client)
    sent = source.replace("\n", CRLF) if encoding != "json" else source
    response = send(client, encoding, sent, csrf)
    assert response.status_code == 413
    message = assert_error_shape(response.json(), "SubmissionTooLarge")
    # The submission's own sentence, with the source's size, not the body cap's.
    assert f"is {MAX_SUBMISSION_BYTES + 1:,} bytes, over the {MAX_SUBMISSION_BYTES:,}" in message


def test_a_body_over_the_cap_is_refused_with_the_submission_limit(client: TestClient) -> None:
    csrf = token(client)
    response = send(client, "urlencoded", "#" * (MAX_BODY_BYTES + 1), csrf)
    assert response.status_code == 413
    message = assert_error_shape(response.json(), "SubmissionTooLarge")
    assert f"{MAX_SUBMISSION_BYTES:,} bytes of source" in message


def send(client: TestClient, encoding: str, source: str, csrf: str) -> Any:
    if encoding == "urlencoded":
        return client.post(DRAFT, data={"source": source, "csrf_token": csrf}, headers=JSON)
    if encoding == "multipart":
        return post_multipart(client, DRAFT, {"source": source, "csrf_token": csrf})
    body = json.dumps({"source": source}).encode()
    return client.post(
        DRAFT,
        content=body,
        headers={"content-type": "application/json", "x-csrf-token": csrf, **JSON},
    )


def test_a_form_posts_a_text_box_with_the_line_breaks_it_was_typed_with(
    client: TestClient,
) -> None:
    csrf = token(client)
    client.post(
        DRAFT,
        data={"source": "x = 1\r\ny = 2\r\n", "csrf_token": csrf},
        headers={"accept": "text/html"},
        follow_redirects=False,
    )
    html = page(client, f"/exercises/{BROADCAST}")
    assert "x = 1\ny = 2\n</textarea>" in html and "\r" not in html


def test_a_body_cut_short_by_a_closing_tab_is_not_saved(client: TestClient) -> None:
    """A tab closed while its draft was on the way: the part that arrived is not the
    draft, and must not replace the one saved before."""
    csrf = token(client)
    assert post_json(client, DRAFT, {"source": "kept = True\n"}, csrf).status_code == 200
    whole = b"source=" + b"cut+%3D+True%0D%0A" * 1000
    headers = {
        "host": "127.0.0.1",
        "cookie": f"mldojo_session={client.cookies['mldojo_session']}",
        "content-type": "application/x-www-form-urlencoded",
        "content-length": str(len(whole)),
        "x-csrf-token": csrf,
        "accept": "application/json",
    }
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": DRAFT,
        "raw_path": DRAFT.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 80),
    }
    arriving: list[dict[str, Any]] = [
        {"type": "http.request", "body": whole[: len(whole) // 2], "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return arriving.pop(0) if arriving else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    anyio.run(client.app, scope, receive, send)  # type: ignore[arg-type]
    assert not [m for m in sent if m.get("status") == 200]
    html = page(client, f"/exercises/{BROADCAST}")
    assert "kept = True" in html and "cut = True" not in html


# --- What errors say in the browser ------------------------------------------------------

TERMINAL_ADVICE = re.compile(r"`|\bmldojo (list|journal|start|check|serve)\b|--[a-z]")


def test_errors_say_what_to_do_in_the_browser(client: TestClient) -> None:
    csrf = token(client)
    unknown = client.get("/exercises/no.such.exercise", headers=JSON)
    message = assert_error_shape(unknown.json(), "UnknownExercise")
    assert "/exercises" in message and not TERMINAL_ADVICE.search(message)
    as_page = client.get("/exercises/no.such.exercise", headers={"accept": "text/html"})
    assert "/exercises" in as_page.text and "mldojo list" not in as_page.text
    close = client.get("/exercises/stack.numpy.broadcast_ad", headers=JSON)
    assert f"did you mean '{BROADCAST}'?" in assert_error_shape(close.json(), "UnknownExercise")
    empty = post_json(client, "/journal", {"text": "  "}, csrf)
    message = assert_error_shape(empty.json(), "UsageError")
    assert "empty" in message and "Add" in message and not TERMINAL_ADVICE.search(message)
    hidden = post_json(client, f"/exercises/{BROADCAST}/solution", {}, csrf)
    message = assert_error_shape(hidden.json(), "NotConfirmed")
    assert "Yes, show it" in message and not TERMINAL_ADVICE.search(message)
    for response in (
        client.get("/", headers={"host": "elsewhere.example", **JSON}),
        client.get("/no/such/page", headers=JSON),
        client.get(f"/exercises/{BROADCAST}/check", headers=JSON),
    ):
        message = response.json()["error"]["message"]
        assert "browser" in message or "page" in message, message


@pytest.mark.parametrize("url", ["/exercises/a%00b", "/exercises?kind=%00%1b", "/areas/%07"])
def test_a_control_character_in_an_address_is_shown_escaped(client: TestClient, url: str) -> None:
    """An error quotes the address it was given: a NUL or an escape in it is written as
    '\\x00', never raw into the page or the JSON the learner reads."""
    answer = client.get(url, headers=JSON)
    message = answer.json()["error"]["message"]
    assert "\\x" in message and not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", message)
    as_page = client.get(url, headers={"accept": "text/html"})
    assert as_page.status_code == answer.status_code
    assert "\\x" in as_page.text and "\x00" not in as_page.text and "\x1b" not in as_page.text


# --- Long ids and addresses are cut where a message echoes them --------------------------

LONG = "x" * 500


@pytest.mark.parametrize(
    ("method", "url", "headers"),
    [
        ("GET", f"/exercises/{LONG}", {}),
        ("GET", f"/exercises/{LONG}/parts", {}),
        ("GET", f"/areas/{LONG}", {}),
        ("GET", f"/skills/{LONG}", {}),
        ("GET", f"/no/such/{LONG}", {}),
        ("GET", f"/exercises/{LONG}/check", {}),
        ("GET", f"/areas/stack?kind={LONG}", {}),
        ("GET", "/", {"host": f"{LONG}.example"}),
        ("POST", f"/exercises/{LONG}/check", {"csrf": "yes"}),
        ("POST", f"/exercises/{LONG}/solution", {"csrf": "yes"}),
        ("POST", f"/exercises/{LONG}/draft", {}),
        ("POST", f"/exercises/{LONG}/draft", {"origin": f"http://{LONG}.example"}),
    ],
)
def test_a_long_id_is_cut_where_an_error_echoes_it(
    client: TestClient, method: str, url: str, headers: dict[str, str]
) -> None:
    sent = dict(JSON)
    if headers.pop("csrf", None):
        sent["x-csrf-token"] = token(client)
    sent.update(headers)
    response = client.request(method, url, headers=sent, json={"confirm": False})
    assert response.status_code >= 400
    message = response.json()["error"]["message"]
    # Cut where it is quoted: no more than ECHO_CHARS of it, then an ellipsis.
    assert LONG[: ECHO_CHARS + 1] not in message and "x\u2026'" in message, message
    assert len(message) < 400
    as_page = client.request(method, url, headers={**sent, "accept": "text/html"})
    assert LONG[: ECHO_CHARS + 1] not in as_page.text
