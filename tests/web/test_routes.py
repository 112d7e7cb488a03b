"""The routes through FastAPI's TestClient: pages, actions, safety, and the error shape."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from starlette.requests import Request

from mldojo.learning.export import PDF_PAGES
from mldojo.learning.journal import MAX_ENTRY_CHARS
from mldojo.learning.report import BAR_SCORE
from mldojo.learning.workbench import HISTORY_LIMIT
from mldojo.settings import MAX_SUBMISSION_BYTES, Settings
from mldojo.store.models import Attempt
from mldojo.store.schema import open_store
from mldojo.web import markup
from mldojo.web.app import create_app
from mldojo.web.pages import Pages, styles_version
from mldojo.web.routes.exercise import FigurePair, VerdictView
from mldojo.web.routes.home import JOURNAL_SHOWN
from mldojo.web.security import MAX_BODY_BYTES
from tests.conftest import BROADCAST
from tests.web.conftest import (
    CHOICE,
    ORIGIN,
    PLOT,
    RIGHT,
    WRITTEN,
    WRONG,
    page,
    post_form,
    post_json,
    token,
)

PAGES = [
    "/",
    "/exercises",
    "/areas/stack",
    "/skills/stack.numpy.broadcasting",
    f"/exercises/{BROADCAST}",
    f"/exercises/{CHOICE}",
    f"/exercises/{WRITTEN}",
    f"/exercises/{PLOT}",
    "/report",
]


def assert_error_shape(body: object, kind: str) -> str:
    """The one JSON error shape, locked: exactly {"error": {"kind", "message"}}."""
    assert isinstance(body, dict) and set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"kind", "message"}
    assert error["kind"] == kind
    message = error["message"]
    assert isinstance(message, str) and message.endswith((".", "?")) and "Traceback" not in message
    return message


@pytest.mark.parametrize("url", PAGES)
def test_every_page_renders_under_a_strict_policy(client: TestClient, url: str) -> None:
    response = client.get(url, headers={"accept": "text/html"})
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["script-src"] == "'self'"  # no inline script, no eval
    assert directives["default-src"] == "'none'"
    assert directives["frame-ancestors"] == "'none'"
    assert [name for name, value in directives.items() if "unsafe" in value] == ["style-src-attr"]
    nonce = re.search(r'<meta name="csp-nonce" content="([^"]+)">', response.text)
    assert nonce is not None and directives["style-src"] == f"'self' 'nonce-{nonce.group(1)}'"
    assert nonce.group(1) not in client.get(url).headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    html = response.text
    # No inline script, no inline handler, no inline style anywhere.
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))
    assert not re.search(r"\son[a-z]+=", html)
    assert not re.search(r"\sstyle=", html) and "<style" not in html
    assert "server-timing" in response.headers


def test_pages_answer_head_too(client: TestClient) -> None:
    assert client.head("/").status_code == 200
    assert client.head(f"/exercises/{BROADCAST}").status_code == 200


def test_the_home_page_shows_the_areas_and_next_steps(client: TestClient) -> None:
    html = page(client, "/")
    for title in ("Python", "Math for ML", "Soft skills", "The ML stack", "Model evaluation"):
        assert title in html
    assert "What to do next" in html and "/exercises/" in html
    assert "0 of 4 exercises passed" in html and "no evidence yet" in html
    assert "Reviews due" in html and 'id="journal-form"' in html
    assert f"the bar is {BAR_SCORE} (the mark)." in html


def test_a_journal_entry_is_added_from_the_home_page(client: TestClient) -> None:
    csrf = token(client)
    added = post_form(
        client, "/journal", {"text": "Broadcasting lines shapes up from the right"}, csrf
    )
    assert added.status_code == 303 and added.headers["location"] == "/#journal"
    assert "Broadcasting lines shapes up from the right" in page(client, "/")
    empty = post_json(client, "/journal", {"text": "   "}, csrf)
    assert "empty" in assert_error_shape(empty.json(), "UsageError")


def test_every_journal_entry_can_be_read_not_only_the_newest(client: TestClient) -> None:
    csrf = token(client)
    for day in range(JOURNAL_SHOWN + 2):
        post_json(client, "/journal", {"text": f"entry number {day}"}, csrf)
    home = page(client, "/")
    assert home.count("entry number") == JOURNAL_SHOWN and 'href="/?journal=all#journal"' in home
    every = page(client, "/?journal=all")
    assert every.count("entry number") == JOURNAL_SHOWN + 2 and "entry number 0" in every
    assert 'id="journal-all"' not in every
    # Without scripts, adding an entry comes back to every entry.
    assert 'action="/journal?journal=all"' in every and 'action="/journal"' in home
    added = post_form(client, "/journal?journal=all", {"text": "one more"}, csrf)
    assert added.status_code == 303 and added.headers["location"] == "/?journal=all#journal"


def test_the_journal_box_stops_at_the_length_an_entry_may_have(client: TestClient) -> None:
    """The box takes no more than the journal keeps, so a long entry is never refused
    after it was typed (a form's error page would leave the text behind)."""
    box = re.search(r'<textarea name="text"[^>]*>', page(client, "/"))
    assert box is not None and f'maxlength="{MAX_ENTRY_CHARS}"' in box.group(0)


def test_the_report_has_its_plots_and_a_pdf(client: TestClient) -> None:
    html = page(client, "/report")
    assert html.count('<img src="data:image/svg+xml;base64,') == 3
    assert 'href="/report.pdf"' in html and "The plan for the next week" in html
    assert f"the bar is {BAR_SCORE}" in html
    # Each area's meter marks the bar it names, on the report and on home.
    for shown in (html, page(client, "/")):
        marks = re.findall(r'<rect class="meter-bar" x="([\d.]+)"', shown)
        assert len(marks) == 7 and {round(float(x) + 0.4, 1) for x in marks} == {float(BAR_SCORE)}
    pdf = client.get("/report.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF") and "attachment" in pdf.headers["content-disposition"]
    # The summary, one page per plot, then the skills and the plan.
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.content)) == PDF_PAGES
    assert pdf.content.rstrip().endswith(b"%%EOF")


def test_the_exercise_page_holds_statement_starter_and_tools(
    client: TestClient, content: Path
) -> None:
    html = page(client, f"/exercises/{BROADCAST}")
    starter = (content / "stack/numpy/broadcast_add/starter.py").read_text()
    textarea = re.search(r'<textarea id="code"[^>]*>(.*?)</textarea>', html, re.S)
    assert textarea is not None and unescape(textarea.group(1)) == starter
    assert 'data-language="python"' in html
    assert "Show a hint" in html and "Show the solution" in html
    assert "add_row_offsets(X, offsets[:, None])" not in html  # the reference stays hidden
    assert '<span class="math">X_{i,:} + o_i</span>' in html  # TeX left for KaTeX


def test_a_choice_exercise_gets_options_and_a_written_one_a_markdown_editor(
    client: TestClient,
) -> None:
    html = page(client, f"/exercises/{CHOICE}")
    assert len(re.findall(r'<input type="radio" name="choice" value="[A-Z]"', html)) >= 3
    assert 'id="code"' not in html
    html = page(client, f"/exercises/{WRITTEN}")
    assert 'data-language="markdown"' in html and 'id="word-count"' in html


def test_skills_are_named_by_their_titles_with_the_id_beside(client: TestClient) -> None:
    html = page(client, f"/exercises/{BROADCAST}")
    chip = (
        '<a class="chip" href="/skills/stack.numpy.broadcasting" title="stack.numpy.broadcasting">'
    )
    assert f"{chip}NumPy broadcasting</a>" in html


def test_the_crumbs_name_the_area_by_its_title(client: TestClient) -> None:
    for path in (f"/exercises/{BROADCAST}", "/skills/stack.numpy.broadcasting"):
        crumbs = page(client, path).split('<nav class="crumbs">', 1)[1].split("</nav>", 1)[0]
        assert '<a href="/areas/stack">The ML stack</a>' in crumbs, crumbs


def test_the_area_listing_filters_and_searches(client: TestClient) -> None:
    html = page(client, "/areas/stack?q=broadcast")
    rows = re.findall(r"<tr data-kind[^>]*>", html)
    assert len(rows) == 2  # the broadcast exercise and the plot exercise of the stack area
    shown = [r for r in rows if "hidden" not in r]
    assert len(shown) == 1 and "broadcast" in shown[0]
    # The kind filter offers the kinds the area has, not every kind there is.
    offered = re.findall(r'<option value="(\w+)"', page(client, "/areas/stack"))
    assert offered and "choice" not in offered and "function" in offered
    html = page(client, "/areas/stack?kind=plot")
    assert [r for r in re.findall(r"<tr data-kind[^>]*>", html) if "hidden" not in r] == [
        r for r in re.findall(r"<tr data-kind[^>]*>", html) if 'data-kind="plot"' in r
    ]


@pytest.mark.parametrize(
    ("url", "kind", "status"),
    [
        ("/exercises/no.such.exercise", "UnknownExercise", 404),
        ("/areas/cooking", "PageNotFound", 404),
        ("/skills/stack.knitting", "PageNotFound", 404),
        ("/areas/stack?status=finished", "UsageError", 400),
        ("/no/such/page", "PageNotFound", 404),
    ],
)
def test_bad_addresses_get_the_one_error_shape(
    client: TestClient, url: str, kind: str, status: int
) -> None:
    response = client.get(url, headers={"accept": "application/json"})
    assert response.status_code == status
    assert_error_shape(response.json(), kind)
    html = client.get(url, headers={"accept": "text/html"})
    assert html.status_code == status and "text/html" in html.headers["content-type"]
    assert kind in html.text and "Traceback" not in html.text


def test_a_post_without_a_valid_csrf_token_is_refused(client: TestClient) -> None:
    url = f"/exercises/{BROADCAST}/draft"
    fresh = TestClient(client.app, base_url=ORIGIN)  # no session cookie at all
    assert_error_shape(post_json(fresh, url, {"source": "x"}, None).json(), "Forbidden")
    csrf = token(client)
    for supplied in (None, "0" * 64, csrf[:-1] + ("0" if csrf[-1] != "0" else "1")):
        response = post_json(client, url, {"source": "x = 1"}, supplied)
        assert response.status_code == 403
        assert "CSRF" in assert_error_shape(response.json(), "Forbidden")
    assert post_json(client, url, {"source": "x = 1"}, csrf).status_code == 200


def test_a_form_post_carries_its_token_in_a_field(client: TestClient) -> None:
    csrf = token(client)
    url = f"/exercises/{BROADCAST}/draft"
    refused = client.post(url, data={"source": "x = 2"}, headers={"accept": "text/html"})
    assert refused.status_code == 403 and "Forbidden" in refused.text
    done = post_form(client, url, {"source": "x = 2"}, csrf)
    assert done.status_code == 303 and done.headers["location"] == f"/exercises/{BROADCAST}#code"
    assert "x = 2" in page(client, f"/exercises/{BROADCAST}")
    # A choice page has its options where a code page has its editor.
    chosen = post_form(client, f"/exercises/{CHOICE}/draft", {"choice": "B"}, csrf)
    assert chosen.headers["location"] == f"/exercises/{CHOICE}#choices"
    assert 'id="choices"' in page(client, f"/exercises/{CHOICE}")


def test_requests_from_another_site_or_host_are_refused(client: TestClient) -> None:
    csrf = token(client)
    response = client.post(
        f"/exercises/{BROADCAST}/draft",
        json={"source": "x"},
        headers={"x-csrf-token": csrf, "origin": "http://evil.example", "accept": "*/*"},
    )
    assert response.status_code == 403
    assert "another site" in assert_error_shape(response.json(), "Forbidden")
    rebound = client.get("/", headers={"host": "evil.example", "accept": "application/json"})
    assert rebound.status_code == 403
    assert "evil.example" in assert_error_shape(rebound.json(), "Forbidden")
    for host in ("localhost:80@evil.example", "localhost:abc", "[::1]evil:80", "0.0.0.0"):
        assert client.get("/", headers={"host": host}).status_code == 403, host
    for host in ("LOCALHOST:8421", "[::1]:8421", "127.0.0.1"):
        assert client.get("/", headers={"host": host}).status_code == 200, host


def test_submissions_over_one_megabyte_are_refused_clearly(client: TestClient) -> None:
    csrf = token(client)
    url = f"/exercises/{BROADCAST}/draft"
    big = "#" * (MAX_SUBMISSION_BYTES + 1)
    response = post_json(client, url, {"source": big}, csrf)
    assert response.status_code == 413
    message = assert_error_shape(response.json(), "SubmissionTooLarge")
    assert f"{MAX_SUBMISSION_BYTES + 1:,}" in message
    huge = "#" * (MAX_BODY_BYTES + 10)
    response = post_json(client, f"/exercises/{BROADCAST}/check", {"source": huge}, csrf)
    assert response.status_code == 413
    assert_error_shape(response.json(), "SubmissionTooLarge")
    assert post_json(client, url, {"source": "#" * MAX_SUBMISSION_BYTES}, csrf).status_code == 200


@pytest.mark.parametrize(
    ("body", "content_type", "kind", "status"),
    [
        (b"{not json", "application/json", "MalformedRequest", 422),
        (b"[1, 2]", "application/json", "MalformedRequest", 422),
        (b'{"code": "x"}', "application/json", "MalformedRequest", 422),
        (b'{"source": 42}', "application/json", "MalformedRequest", 422),
        (b"source=x", "text/plain", "MalformedRequest", 422),
        (b'{"source": "\\ud800"}', "application/json", "MalformedRequest", 422),
        (b"[" * 100_000 + b"]" * 100_000, "application/json", "MalformedRequest", 422),
        (b'{"source": "x = 1"}', "APPLICATION/JSON; charset=utf-8", None, 200),
        (b'{"source": "x = 1"}', "application/jsonx", "MalformedRequest", 422),
    ],
)
def test_malformed_requests_get_the_one_error_shape(
    client: TestClient, body: bytes, content_type: str, kind: str | None, status: int
) -> None:
    response = client.post(
        f"/exercises/{BROADCAST}/draft",
        content=body,
        headers={
            "content-type": content_type,
            "x-csrf-token": token(client),
            "accept": "application/json",
        },
    )
    assert response.status_code == status
    if kind is not None:
        assert_error_shape(response.json(), kind)


@pytest.mark.parametrize(
    "body",
    [b'{"source": "caf\xe9 = 1"}', b'{"source": "\\ud800"}', b'{"source": "\xc3\x28"}'],
    ids=["latin-1", "lone-surrogate", "broken-sequence"],
)
def test_code_that_is_not_utf8_is_named_as_such(client: TestClient, body: bytes) -> None:
    """Not a JSON syntax error: the message says the text is not UTF-8."""
    response = client.post(
        f"/exercises/{BROADCAST}/check",
        content=body,
        headers={
            "content-type": "application/json",
            "x-csrf-token": token(client),
            "accept": "application/json",
        },
    )
    assert response.status_code == 422
    message = assert_error_shape(response.json(), "MalformedRequest")
    assert "not UTF-8" in message, message


def test_odd_tokens_and_crowded_forms_are_refused_not_crashed(client: TestClient) -> None:
    url = f"/exercises/{BROADCAST}/draft"
    odd = client.post(
        url,
        content=b'{"source": "x"}',
        headers={
            "content-type": "application/json",
            "x-csrf-token": "\u00e9".encode() * 32,  # UTF-8 bytes, as a client may send
            "accept": "application/json",
        },
    )
    assert odd.status_code == 403
    assert_error_shape(odd.json(), "Forbidden")
    crowded = "&".join(f"f{i}=1" for i in range(1001))
    response = client.post(
        url,
        content=crowded.encode(),
        headers={
            "content-type": "application/x-www-form-urlencoded",
            "accept": "application/json",
        },
    )
    assert response.status_code == 403
    assert_error_shape(response.json(), "Forbidden")


def test_unknown_exercises_and_bad_choices_in_actions(client: TestClient) -> None:
    csrf = token(client)
    response = post_json(client, "/exercises/no.such.thing/check", {"source": "x"}, csrf)
    assert response.status_code == 404
    assert "no.such.thing" in assert_error_shape(response.json(), "UnknownExercise")
    response = post_json(client, f"/exercises/{CHOICE}/check", {"choice": ["Z"]}, csrf)
    assert "'Z'" in assert_error_shape(response.json(), "UsageError")
    response = post_json(client, f"/exercises/{CHOICE}/draft", {"choice": ["A", "B"]}, csrf)
    assert "exactly one" in assert_error_shape(response.json(), "UsageError")
    response = post_json(client, f"/exercises/{BROADCAST}/solution", {}, csrf)
    assert response.status_code == 400
    assert "confirm" in assert_error_shape(response.json(), "NotConfirmed")
    assert client.get(f"/exercises/{BROADCAST}/check").status_code == 405


def test_an_unexpected_failure_is_one_sentence_and_a_log_entry(
    web_settings: Settings, content: Path
) -> None:
    with TestClient(
        create_app(web_settings), base_url=ORIGIN, raise_server_exceptions=False
    ) as client:
        (content / "stack/numpy/broadcast_add/README.md").unlink()  # gone while serving
        response = client.get(f"/exercises/{BROADCAST}", headers={"accept": "text/html"})
        assert response.status_code == 500
        assert "InternalError" in response.text and "Traceback" not in response.text
        assert "default-src 'none'" in response.headers["content-security-policy"]
        as_json = client.get(f"/exercises/{BROADCAST}", headers={"accept": "application/json"})
        assert "mldojo.log" in assert_error_shape(as_json.json(), "InternalError")
    log = web_settings.log_file.read_text()
    assert "Traceback" in log and "README.md" in log


def test_a_damaged_database_is_the_clis_sentence_not_a_bug_report(
    web_settings: Settings,
) -> None:
    with TestClient(
        create_app(web_settings), base_url=ORIGIN, raise_server_exceptions=False
    ) as client:
        with sqlite3.connect(web_settings.db_url.removeprefix("sqlite:///")) as db:
            db.execute("DROP TABLE journal_entries")  # changed by another program
        response = client.get("/", headers={"accept": "application/json"})
        assert response.status_code == 503
        said = assert_error_shape(response.json(), "StoreError")
        assert "lacks part of mldojo's tables" in said and "move it aside" in said
    assert (
        not web_settings.log_file.exists() or "Traceback" not in web_settings.log_file.read_text()
    )


def test_a_review_of_an_exercise_passed_before_opens_from_the_starter(
    web_settings: Settings,
) -> None:
    with TestClient(create_app(web_settings), base_url=ORIGIN) as client:
        post_json(client, f"/exercises/{BROADCAST}/check", {"source": RIGHT}, token(client))
    store = open_store(web_settings.db_url)
    long_ago = datetime.now(UTC) - timedelta(days=30)  # passed a month ago: due again
    store.write(
        lambda s: s.execute(update(Attempt).values(started_at=long_ago, finished_at=long_ago))
    )
    store.dispose()

    def code(html: str) -> str:
        return unescape(html.split('id="code"', 1)[1].split(">", 1)[1].split("</textarea>")[0])

    with TestClient(create_app(web_settings), base_url=ORIGIN) as client:
        link = f"/exercises/{BROADCAST}?review=1"
        assert f'href="{link}"' in page(client, "/")
        review = page(client, link)
        assert 'id="review-banner"' in review and "the starter, for this review" in review
        assert "NotImplementedError" in code(review)  # the answer passed is in the attempts
        plain = page(client, f"/exercises/{BROADCAST}")  # not a review: the code as it is
        assert 'id="review-banner"' not in plain and code(plain).strip() == RIGHT.strip()
        # Code checked during the review is the review's own: shown as it is.
        recalled = RIGHT + "# written again from memory\n"
        post_json(client, f"/exercises/{BROADCAST}/check", {"source": recalled}, token(client))
        assert code(page(client, link)).strip() == recalled.strip()
        # Code edited since its last check is kept in the editor: nothing else keeps it.
        mine = RIGHT + "# edited since\n"
        post_json(client, f"/exercises/{BROADCAST}/draft", {"source": mine}, token(client))
        review = page(client, link)
        assert 'id="review-banner"' in review and code(review).strip() == mine.strip()
        # An exercise never tried has nothing to write again from memory: no banner, even
        # when the address asks for a review.
        untried = page(client, f"/exercises/{CHOICE}?review=1")
        assert 'id="review-banner"' not in untried


def test_a_draft_survives_a_reload_and_a_restart(web_settings: Settings) -> None:
    code = "def add_row_offsets(X, offsets):\n    # half way there\n    return X\n"
    with TestClient(create_app(web_settings), base_url=ORIGIN) as client:
        saved = post_json(client, f"/exercises/{BROADCAST}/draft", {"source": code}, token(client))
        assert saved.json()["saved"] is True
        assert "# half way there" in page(client, f"/exercises/{BROADCAST}")
    with TestClient(create_app(web_settings), base_url=ORIGIN) as client:
        html = page(client, f"/exercises/{BROADCAST}")
        assert "# half way there" in html and "your saved draft" in html


def test_check_hint_and_solution_through_the_app(client: TestClient) -> None:
    csrf = token(client)
    url = f"/exercises/{BROADCAST}"
    failed = post_json(client, f"{url}/check", {"source": WRONG}, csrf).json()
    assert failed["result"]["passed"] is False and failed["result"]["attempt"] >= 1
    assert "added along the columns" in failed["html"]["result"]
    assert "Not yet" in failed["html"]["result"]
    parts = client.get(f"{url}/parts", headers={"accept": "application/json"}).json()["html"]
    assert "#1" in parts["history"] and "tried" in parts["status"] and parts["next"].strip() == ""
    hint = post_json(client, f"{url}/hints", {}, csrf).json()
    assert hint["number"] == 1 and "columns" in hint["text"]
    assert "1 of" in hint["html"]["hints"]
    passed = post_json(client, f"{url}/check", {"source": RIGHT}, csrf).json()
    assert passed["result"]["passed"] is True and passed["result"]["after_hint"] is True
    assert "Passed" in passed["html"]["result"] and "after hints" in passed["html"]["result"]
    parts = client.get(f"{url}/parts", headers={"accept": "application/json"}).json()["html"]
    assert "passed" in parts["status"] and "#2" in parts["history"] and "Passed." in parts["next"]
    shown = post_json(client, f"{url}/solution", {"confirm": True}, csrf).json()
    assert "offsets[:, None]" in shown["code"]
    html = page(client, url)
    assert "Why it is written this way" in html and "Attempts" in html
    home = page(client, "/")
    assert "1 of 4 exercises passed" in home and 'class="score"' in home
    report = page(client, "/report")
    assert "Add a per-row offset with broadcasting" in report
    assert 'id="next-steps"' in report  # the next steps, as home and `mldojo next` give them
    # its one skill is under one heading; the other does not claim there is no evidence
    assert ("every skill with evidence is listed above" in report) != (
        "no skill passed is above where a new learner starts" in report
    )


def test_an_attempts_code_comes_back_exactly_as_it_was_checked(client: TestClient) -> None:
    csrf = token(client)
    url = f"/exercises/{BROADCAST}"
    # Windows line ends and no final newline, as a file checked from the CLI may have:
    # the highlighted history does not keep them, this address must.
    source = WRONG.replace("\n", "\r\n").rstrip()
    attempt = post_json(client, f"{url}/check", {"source": source}, csrf).json()["result"][
        "attempt"
    ]
    address = f"{url}/attempts/{attempt}/source"
    assert f'data-restore="{address}"' in page(client, url)
    asked = client.get(address, headers={"accept": "application/json"})
    assert asked.status_code == 200 and asked.json() == {"id": attempt, "source": source}

    for elsewhere in (
        f"/exercises/{CHOICE}/attempts/{attempt}/source",
        f"{url}/attempts/999999/source",
        f"{url}/attempts/{2**63}/source",
        f"{url}/attempts/-{2**63 + 1}/source",
        f"{url}/attempts/0/source",
    ):
        refused = client.get(elsewhere, headers={"accept": "application/json"})
        assert refused.status_code == 404
        assert "history lists the attempts kept" in assert_error_shape(
            refused.json(), "UnknownAttempt"
        )
    not_a_number = client.get(
        f"{url}/attempts/newest/source", headers={"accept": "application/json"}
    )
    assert not_a_number.status_code == 422
    said = assert_error_shape(not_a_number.json(), "MalformedRequest")
    assert "bad path part 'attempt_id'" in said and '"source"' not in said  # no body here


def test_a_choice_read_from_the_workspace_file_says_so(
    client: TestClient, web_settings: Settings
) -> None:
    path = web_settings.workspace.joinpath(*CHOICE.split(".")[:-1], CHOICE.split(".")[-1] + ".py")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('ANSWER = "B"\n')
    try:
        html = page(client, f"/exercises/{CHOICE}")
        assert 'value="B" checked' in html and "the choice in your workspace file" in html
    finally:
        path.unlink()


def test_every_attempt_can_be_listed_not_only_the_newest(client: TestClient) -> None:
    csrf = token(client)
    url = f"/exercises/{CHOICE}"
    for _ in range(HISTORY_LIMIT + 1):  # read, not run: quick
        post_json(client, f"{url}/check", {"choice": ["A"]}, csrf)
    newest = page(client, url)
    count = int(newest.split('id="attempt-count">', 1)[1].split("<", 1)[0])
    assert count > HISTORY_LIMIT and newest.count('class="attempt ') == HISTORY_LIMIT
    # The live verdict numbers its attempt as the page made later does.
    live = post_json(client, f"{url}/check", {"choice": ["A"]}, csrf).json()
    assert live["result"]["attempt_number"] == count + 1
    assert f"attempt {count + 1}</span>" in live["html"]["result"]
    count += 1
    newest = page(client, url)
    assert f'href="{url}?history=all#history"' in newest and f"show all {count}" in newest
    every = page(client, f"{url}?history=all")
    assert every.count('class="attempt ') == count and "#1 " in every
    assert "show all" not in every
    # After a check the page asks for its parts as it was asked for: every attempt still.
    assert f'data-parts-url="{url}/parts?history=all"' in every
    post_json(client, f"{url}/check", {"choice": ["A"]}, csrf)
    parts = client.get(f"{url}/parts?history=all", headers={"accept": "application/json"})
    assert parts.json()["html"]["history"].count('class="attempt ') == count + 1
    # Without scripts, the page's forms come back to every attempt too.
    for action in ("check", "draft", "hints", "solution"):
        assert f'action="{url}/{action}?history=all"' in every or (
            f'formaction="{url}/{action}?history=all"' in every
        ), action
    checked = post_form(client, f"{url}/check?history=all", {"choice": "A"}, csrf)
    assert checked.status_code == 303
    assert checked.headers["location"] == f"{url}?history=all#result"


def test_start_over_keeps_the_code_beside_the_workspace_file(
    client: TestClient, web_settings: Settings
) -> None:
    """As `mldojo start --fresh`: the starter becomes the draft and the file, and the
    code that was there (the draft, and the editor's unsaved text) is kept beside it."""
    csrf = token(client)
    url = f"/exercises/{BROADCAST}"
    assert f'data-start-over="{url}/start-over"' in page(client, url)
    post_json(client, f"{url}/draft", {"source": WRONG}, csrf)  # saved, never checked
    unsaved = WRONG + "# typed since the last save\n"
    answer = post_json(client, f"{url}/start-over", {"source": unsaved}, csrf)
    assert answer.status_code == 200 and "NotImplementedError" in answer.json()["source"]
    kept = [Path(p) for p in answer.json()["kept"]]
    assert [p.read_text() for p in kept] == [WRONG, unsaved]
    assert all(p.parent.is_relative_to(web_settings.workspace) for p in kept)
    assert [p.name for p in kept] == ["broadcast_add.old-1.py", "broadcast_add.old-2.py"]
    shown = page(client, url)  # the page starts from the starter too
    assert "NotImplementedError" in unescape(shown.split('id="code"', 1)[1].split("</textarea>")[0])
    again = post_json(client, f"{url}/start-over", {"source": answer.json()["source"]}, csrf)
    assert again.json()["kept"] == []  # the starter again: nothing to keep
    assert 'id="start-over"' not in page(client, f"/exercises/{CHOICE}")  # options, no editor
    unknown = post_json(client, "/exercises/stack.numpy.nope/start-over", {"source": ""}, csrf)
    assert unknown.status_code == 404
    assert_error_shape(unknown.json(), "UnknownExercise")
    # Without scripts, the page's form starts over and comes back to a page that says so,
    # the editor's text kept as the rest is.
    assert f'formaction="{url}/start-over"' in page(client, url)
    typed = WRONG + "# typed in a page without scripts\n"
    sent = post_form(client, f"{url}/start-over", {"source": typed}, csrf)
    assert sent.status_code == 303 and sent.headers["location"] == f"{url}?started=over#code"
    after = page(client, f"{url}?started=over")
    assert 'id="started-over"' in after and "NotImplementedError" in after
    assert any(p.read_text() == typed for p in kept[0].parent.glob("broadcast_add.old-*.py"))


def test_an_attempts_code_is_put_back_without_scripts_the_editors_kept_beside(
    client: TestClient, web_settings: Settings
) -> None:
    """A page without scripts has no undo: putting an attempt's code back makes it the
    draft, and what the editor held is kept beside the workspace file first."""
    csrf = token(client)
    url = f"/exercises/{BROADCAST}"
    checked = post_json(client, f"{url}/check", {"source": WRONG}, csrf).json()["result"]
    address = f"{url}/attempts/{checked['attempt']}/put-back"
    assert f'form="code-form" formaction="{address}"' in page(client, url)
    typed = WRONG + "# typed since the check, in a page without scripts\n"
    sent = post_form(client, address, {"source": typed}, csrf)
    assert sent.status_code == 303 and sent.headers["location"] == f"{url}?put=back#code"
    after = page(client, f"{url}?put=back")
    assert 'id="put-back"' in after
    assert unescape(after.split('id="code"', 1)[1].split("</textarea>")[0]).endswith(WRONG)
    folder = web_settings.workspace / "stack" / "numpy"
    assert [p.read_text() for p in folder.glob("broadcast_add.old-*.py")] == [typed]
    # The attempt's code again: nothing else to keep; the view of every attempt is kept.
    assert f'formaction="{address}?history=all"' in page(client, f"{url}?history=all")
    again = post_form(client, f"{address}?history=all", {"source": WRONG}, csrf)
    assert again.headers["location"] == f"{url}?put=back&history=all#code"
    answer = post_json(client, address, {"source": WRONG}, csrf)
    assert answer.status_code == 200 and answer.json() == {"source": WRONG, "kept": []}
    assert len(list(folder.glob("broadcast_add.old-*.py"))) == 1
    unknown = post_json(client, f"{url}/attempts/999999/put-back", {"source": typed}, csrf)
    assert unknown.status_code == 404
    assert_error_shape(unknown.json(), "UnknownAttempt")


def test_a_bad_body_is_answered_with_what_that_action_takes(client: TestClient) -> None:
    csrf = token(client)
    headers = {"accept": "application/json", "content-type": "application/json"}
    for path, example in (
        ("/journal", '{"text": "..."}'),
        (f"/exercises/{BROADCAST}/check", '{"source": "..."}'),
    ):
        for body in (b"{not json", b"[1, 2]"):
            sent = client.post(path, content=body, headers={**headers, "x-csrf-token": csrf})
            assert sent.status_code == 422, sent.text
            assert example in assert_error_shape(sent.json(), "MalformedRequest")


def test_a_choice_is_checked_from_its_options(client: TestClient) -> None:
    csrf = token(client)
    nothing = post_json(client, f"/exercises/{CHOICE}/check", {"choice": []}, csrf)
    assert nothing.status_code == 400 and "is chosen yet" in nothing.json()["error"]["message"]
    assert 'id="attempt-count">0<' in page(client, f"/exercises/{CHOICE}")  # none recorded
    wrong = post_json(client, f"/exercises/{CHOICE}/check", {"choice": ["A"]}, csrf).json()
    assert wrong["result"]["passed"] is False and "99.5%" in wrong["html"]["result"]
    right = post_json(client, f"/exercises/{CHOICE}/check", {"choice": ["B"]}, csrf).json()
    assert right["result"]["passed"] is True
    assert 'value="B" checked' in page(client, f"/exercises/{CHOICE}")


def test_a_plot_check_shows_the_learners_figure_beside_the_one_asked_for(
    client: TestClient, content: Path
) -> None:
    starter = (content / "stack/matplotlib/learning_curves/starter.py").read_text()
    result = post_json(
        client, f"/exercises/{PLOT}/check", {"source": starter}, token(client)
    ).json()
    verdict = result["html"]["result"]
    assert (
        verdict.count('<img src="data:image/svg+xml;base64,') + verdict.count("returned no figure")
        == 2
    )
    assert "What was asked" in verdict and result["result"]["figures"]
    # A screen reader, which skips the ✓ and ✗ drawn for the eye, hears each case's result.
    assert '<span class="visually-hidden">failed: </span>' in verdict
    # The page made later (a reload, Back, or the answer to a form without scripts) shows
    # the same figures, kept with the attempt.
    later = page(client, f"/exercises/{PLOT}").split('id="result"', 1)[1].split('id="next"')[0]
    assert "What was asked" in later
    assert later.count('<img src="data:image/svg+xml;base64,') == verdict.count(
        '<img src="data:image/svg+xml;base64,'
    )


def test_a_verdict_with_several_figures_gives_each_its_own_id() -> None:
    """Several plot cases drawn side by side: ids on a page are unique."""
    figure = "data:image/svg+xml;base64,PHN2Zy8+"
    verdict = VerdictView(
        status="failed",
        passed=False,
        cases=[{"name": "a", "passed": False, "message": "m"}],
        duration_ms=1,
        output="",
        after_hint=False,
        after_solution=False,
        figures=[FigurePair("a", figure, figure), FigurePair("b", figure, None)],
    )
    request = Request({"type": "http", "method": "GET", "path": "/", "headers": []})
    html = Pages().fragment(request, "_verdict.html", {"verdict": verdict, "is_choice": False})
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert html.count('class="figures"') == 2 and len(ids) == len(set(ids)), ids


def test_a_long_attempt_is_shown_plain_so_the_page_stays_light() -> None:
    """Highlighting costs about seven times a source's bytes: past HIGHLIGHT_MAX_CHARS an
    attempt (data pasted in) is shown as plain, escaped text."""
    short = markup.code("x = [1, 2]  # <b>\n")
    assert "<span" in short and "<b>" not in short
    long_source = "x = [1, 2]  # <b>\n" * (markup.HIGHLIGHT_MAX_CHARS // 10)
    shown = markup.code(long_source)
    assert "<span" not in shown and "<b>" not in shown and "&lt;b&gt;" in shown
    assert len(shown) < 2 * len(long_source)


def test_the_style_sheets_are_addressed_by_their_content(client: TestClient) -> None:
    """A new page never meets the old styles a browser kept: the address of each sheet
    carries a hash of the sheets, as the bundle's does."""
    html = page(client, "/")
    version = styles_version()
    assert f'href="/static/mldojo.css?v={version}"' in html
    assert f'href="/static/pygments.css?v={version}"' in html
    assert client.get(f"/static/mldojo.css?v={version}").status_code == 200


def test_pages_and_answers_are_never_kept_by_the_browser(client: TestClient) -> None:
    # A kept copy would show an older draft on Back, saved over the newer one as typed.
    for url in ("/", f"/exercises/{BROADCAST}", "/nowhere"):
        assert client.get(url).headers["cache-control"] == "no-store", url
    assert client.get(f"/exercises/{BROADCAST}/parts").headers["cache-control"] == "no-store"
