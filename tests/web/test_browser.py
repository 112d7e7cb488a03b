"""End to end: the real `mldojo serve` (warm grader and all) driven by Debian's Chromium
through Playwright, the way a learner uses it. Every page visited is screenshotted
(`shots` says where) and must log no error, a Content-Security-Policy refusal included.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, expect, sync_playwright

from mldojo.grading.written import WORD
from mldojo.web.pages import bundle_version
from tests.conftest import BROADCAST, ROOT, copy_exercises
from tests.web.conftest import CHOICE, PLOT, RIGHT, WEB_EXERCISES, WRITTEN, WRONG
from tests.web.test_routes import assert_error_shape

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("MLDOJO_TEST_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
STABLE_SHOTS = ROOT / ".artifacts" / "screenshots"
CHECK_TIMEOUT_MS = 90_000  # a check that lands while the pool is still warming runs cold
START_TIMEOUT_S = 120


class Server:
    """`mldojo serve --port 0` in a subprocess, on a private data directory."""

    def __init__(self, home: Path, content: Path) -> None:
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
        self.env.update(MLDOJO_HOME=str(home), MLDOJO_CONTENT=str(content), PYTHONUNBUFFERED="1")
        self.process: subprocess.Popen[str] | None = None
        self.url = ""
        self.log: list[str] = []

    def start(self) -> None:
        process = subprocess.Popen(
            [sys.executable, "-m", "mldojo", "serve", "--port", "0"],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
        )
        self.process = process
        ready = threading.Event()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                self.log.append(line)
                if "serving on http://" in line:
                    self.url = line.split("serving on ", 1)[1].split()[0].rstrip("/")
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(START_TIMEOUT_S) or not self.url:
            self.stop()
            pytest.fail("mldojo serve did not start:\n" + "".join(self.log))

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGINT)  # what Ctrl-C does
        try:
            code = self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            pytest.fail("mldojo serve did not stop within 60 s of Ctrl-C")
        self.process = None
        assert code in (0, 130), "".join(self.log)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    if bundle_version() is None:
        pytest.fail(
            "The web app's front-end bundle is not built: run scripts/setup (it needs "
            "Node.js 20 and npm), or scripts/web-bundle."
        )
    base = tmp_path_factory.mktemp("web")
    running = Server(base / "home", copy_exercises(base / "content", *WEB_EXERCISES))
    running.start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"Chromium is not at {CHROMIUM}: run the tests with scripts/test (scripts/chromium "
            "installs Debian's chromium), or set MLDOJO_TEST_CHROMIUM."
        )
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This run's screenshots; each is also copied to .artifacts/screenshots/."""
    folder = tmp_path_factory.mktemp("screenshots")
    STABLE_SHOTS.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def problems() -> list[str]:
    """What the browser logged as errors on the test's page (each test expects none)."""
    return []


@pytest.fixture
def page(browser: Browser, server: Server, problems: list[str]) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=server.url)
    opened = context.new_page()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            problems.append(message.text)

    opened.on("console", on_console)
    opened.on("pageerror", lambda error: problems.append(str(error)))
    yield opened
    context.close()
    assert not problems, f"the browser logged errors: {problems}"


def shoot(page: Page, shots: Path, name: str) -> None:
    path = shots / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    shutil.copy(path, STABLE_SHOTS / path.name)


def write_code(page: Page, source: str) -> None:
    """Replace the editor's text as a learner pasting would."""
    page.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(source)
    expect(page.locator("#code")).to_have_value(source)


def test_fail_read_the_message_take_a_hint_fix_and_pass(page: Page, shots: Path) -> None:
    page.goto("/")
    totals = re.search(r"(\d+) of 4 exercises passed", page.locator("#totals").inner_text())
    assert totals is not None
    passed_before = int(totals.group(1))
    stack = page.locator("#areas .area", has_text="The ML stack")
    shoot(page, shots, "home-before")
    page.locator(f'#next-steps a[href="/exercises/{BROADCAST}"]').click()
    expect(page.locator("h1")).to_contain_text("broadcast", ignore_case=True)
    expect(page.locator(".cm-editor")).to_be_visible()  # CodeMirror replaced the textarea
    shoot(page, shots, "exercise")

    write_code(page, WRONG)
    page.locator("#check-button").click()
    expect(page.locator("#check-state")).to_have_text("Not yet", timeout=CHECK_TIMEOUT_MS)
    # The first failure is spelt out; the later ones open on demand.
    expect(page.locator(".case.bad > .case-message").first).to_be_visible()
    failure = page.locator(".case.bad .case-message", has_text="added along the columns")
    expect(failure.first).to_be_attached()
    shoot(page, shots, "exercise-failed")
    later = page.locator(".case.bad details.case-more")
    expect(later.first.locator(".case-message")).to_be_hidden()
    later.first.locator("summary").click()
    expect(later.first.locator(".case-message")).to_be_visible()

    page.locator("#hint-button").click()
    expect(page.locator(".hint")).to_have_count(1)
    expect(page.locator(".hint").first).to_contain_text("columns")
    expect(page.locator("#hint-count")).to_contain_text("1 of")
    shoot(page, shots, "exercise-hint")

    write_code(page, RIGHT)
    page.locator("#check-button").click()
    expect(page.locator("#check-state")).to_have_text("Passed", timeout=CHECK_TIMEOUT_MS)
    expect(page.locator("#verdict")).to_contain_text("after hints")
    expect(page.locator("#status-badge")).to_have_text("passed")
    expect(page.locator("#attempt-count")).to_have_text("2")
    shoot(page, shots, "exercise-passed")

    page.goto("/")
    expect(page.locator("#totals")).to_contain_text(f"{passed_before + 1} of 4 exercises passed")
    expect(stack).to_contain_text("1/2 passed")  # the plot exercise is never passed here
    expect(stack.locator(".score")).to_have_count(1)  # mastery now has evidence
    shoot(page, shots, "home-after")
    page.goto("/report")
    stack_row = page.locator("#report-areas tr", has_text="The ML stack")
    expect(stack_row).to_contain_text(re.compile(r"\d+ attempts"))
    expect(page.locator("#plots img")).to_have_count(3)
    for index in range(3):
        assert page.locator("#plots img").nth(index).evaluate("img => img.naturalWidth") > 100
    shoot(page, shots, "report")
    with page.expect_download() as download:
        page.locator("#pdf-link").click()
    pdf = Path(download.value.path())
    assert pdf.read_bytes().startswith(b"%PDF") and download.value.suggested_filename.endswith(
        ".pdf"
    )


def test_an_attempt_is_put_back_in_the_editor(page: Page) -> None:
    page.goto(f"/exercises/{BROADCAST}")
    expect(page.locator(".cm-editor")).to_be_visible()
    count = page.locator("#attempt-count")
    before = int(count.inner_text() or 0)
    checked = WRONG + "# the code of this check\n"
    write_code(page, checked)
    # While a check runs, the verdict on screen (the last check's) is dimmed.
    page.evaluate(
        """() => { const result = document.getElementById("result");
            window.seenStale = false;
            new MutationObserver(() => {
                if (result.classList.contains("stale")) window.seenStale = true;
            }).observe(result, { attributes: true }); }"""
    )
    page.locator("#check-button").click()
    expect(count).to_have_text(str(before + 1), timeout=CHECK_TIMEOUT_MS)
    assert page.evaluate("window.seenStale")
    expect(page.locator("#result")).not_to_have_class(re.compile("stale"))
    write_code(page, RIGHT)
    newest = page.locator("#history-list .attempt").first
    newest.locator("summary").click()
    newest.locator("[data-restore]").click()
    expect(page.locator("#code")).to_have_value(checked)
    expect(page.locator("#check-state")).to_contain_text("is in the editor; Ctrl+Z brings back")
    # Undo, a button for a screen without Ctrl+Z (a phone), brings back the code it replaced.
    page.locator("#undo-put").click()
    expect(page.locator("#code")).to_have_value(RIGHT)
    expect(page.locator("#check-state")).to_have_text("")
    expect(page.locator("#undo-put")).to_have_count(0)


def test_start_over_puts_the_starter_in_the_editor_and_ctrl_z_takes_it_back(page: Page) -> None:
    page.goto(f"/exercises/{BROADCAST}")
    expect(page.locator(".cm-editor")).to_be_visible()
    mine = WRONG + "# my own version\n"
    write_code(page, mine)
    expect(page.locator("#start-over-yes")).to_be_hidden()
    page.locator("#start-over summary").click()
    expect(page.locator("#start-over")).to_contain_text("kept beside that file")
    page.locator("#start-over-yes").click()
    expect(page.locator("#code")).to_have_value(re.compile("NotImplementedError"))
    expect(page.locator("#start-over-yes")).to_be_hidden()  # the question closed
    expect(page.locator("#check-state")).to_contain_text("your code is kept in")
    expect(page.locator("#check-state")).to_contain_text("broadcast_add.old-")
    expect(page.locator("#undo-put")).to_be_visible()
    expect(page.locator("#save-state")).to_have_text("saved")  # the starter is the draft
    # On a phone the message's long path wraps: the page is no wider than the screen.
    page.set_viewport_size({"width": 375, "height": 800})
    wide = page.evaluate("document.documentElement.scrollWidth")
    assert wide <= 375, f"the page is {wide}px wide on a 375px screen after Start over"
    page.reload()
    expect(page.locator("#code")).to_have_value(re.compile("NotImplementedError"))
    expect(page.locator(".cm-editor")).to_be_visible()
    write_code(page, mine)
    page.locator("#start-over summary").click()
    page.locator("#start-over-yes").click()
    expect(page.locator("#code")).to_have_value(re.compile("NotImplementedError"))
    page.locator(".cm-content").click()
    page.keyboard.press("Control+z")  # an edit like any other: undone, the code is back
    expect(page.locator("#code")).to_have_value(mine)
    expect(page.locator("#check-state")).to_have_text("")  # no longer true: it goes
    # Two questions open: Escape closes the one that holds the focus.
    page.locator("#start-over summary").click()
    page.locator("#solution-confirm summary").click()
    page.locator("#solution-yes").focus()
    page.keyboard.press("Escape")
    expect(page.locator("#solution-form")).to_be_hidden()
    expect(page.locator("#start-over-yes")).to_be_visible()
    # Ctrl+Enter in the search box searches there; it checks nothing.
    count = page.locator("#attempt-count").inner_text()
    page.locator(".topbar .search input").fill("nothing")
    page.locator(".topbar .search input").press("Control+Enter")
    page.wait_for_load_state()
    page.goto(f"/exercises/{BROADCAST}")
    expect(page.locator("#attempt-count")).to_have_text(count)


def test_a_journal_entry_is_kept(page: Page, shots: Path) -> None:
    page.goto("/")
    page.locator('#journal-form textarea[name="text"]').fill("Broadcasting aligns trailing axes")
    page.locator("#journal-form button").click()
    expect(page.locator("#journal-entries")).to_contain_text("Broadcasting aligns trailing axes")
    long = "Read later:\nhttps://example.org/" + "a" * 300
    page.locator('#journal-form textarea[name="text"]').fill(long)
    page.locator("#journal-form button").click()
    entry = page.locator("#journal-entries .journal-text", has_text="Read later")
    expect(entry).to_have_count(1)
    assert entry.inner_text().startswith("Read later:\nhttps://")  # its line break kept
    panel = page.locator("#journal")
    assert panel.evaluate("p => p.scrollWidth <= p.clientWidth")  # the address wraps inside
    shoot(page, shots, "home-journal")


def test_ctrl_enter_checks_and_a_plot_shows_both_figures(page: Page, shots: Path) -> None:
    page.goto(f"/exercises/{PLOT}")
    solution = (ROOT / "content/stack/matplotlib/learning_curves/solution.py").read_text()
    write_code(page, solution.replace(', yscale="log"', ""))  # the usual slip: linear y
    page.keyboard.press("Control+Enter")
    expect(page.locator("#check-state")).to_have_text("Not yet", timeout=CHECK_TIMEOUT_MS)
    expect(page.locator(".case.bad .case-message").first).to_contain_text("log scale")
    figures = page.locator(".figures img")
    expect(figures).to_have_count(2)
    for index in range(2):
        assert figures.nth(index).evaluate("img => img.naturalWidth") > 100
    shoot(page, shots, "exercise-plot")
    page.reload()  # kept with the attempt: a later page shows them too
    expect(page.locator(".figures img")).to_have_count(2)


def test_a_draft_survives_a_reload_and_a_restart(page: Page, server: Server, shots: Path) -> None:
    page.goto(f"/exercises/{BROADCAST}")
    draft = "def add_row_offsets(X, offsets):\n    # a draft worth keeping\n    return X\n"
    write_code(page, draft)
    expect(page.locator("#save-state")).to_have_text("saved")
    page.reload()
    expect(page.locator(".cm-content")).to_contain_text("a draft worth keeping")
    expect(page.locator("#save-state")).to_have_text("your saved draft")
    server.stop()
    server.start()
    page.goto(f"{server.url}/exercises/{BROADCAST}")
    expect(page.locator(".cm-content")).to_contain_text("a draft worth keeping")
    shoot(page, shots, "exercise-draft-after-restart")


def test_a_draft_too_big_for_keepalive_is_kept_when_the_tab_closes(page: Page) -> None:
    """Browsers refuse a keepalive request over 64 KiB, the only kind that outlives a
    closing tab: a bigger draft closed right after typing is saved while the browser asks
    whether to leave, and a learner who stays has it saved."""
    page.goto(f"/exercises/{BROADCAST}")
    before = page.locator("#code").input_value()
    big = "def add_row_offsets(X, offsets):\n    return X  # a long draft\n" + (
        "# one line of many in a draft too big for a keepalive request\n" * 1500
    )
    assert len(big.encode()) > 64 * 1024
    asked: list[str] = []

    def answer(dialog: Dialog) -> None:
        asked.append(dialog.type)
        dialog.dismiss()  # stay on the page

    page.on("dialog", answer)
    write_code(page, big)
    page.close(run_before_unload=True)  # at once, before the typing pause's save
    expect(page.locator("#save-state")).to_have_text("saved")
    assert asked == ["beforeunload"]
    again = page.context.new_page()
    again.goto(f"/exercises/{BROADCAST}")
    expect(again.locator("#code")).to_have_value(big)
    # The server is shared by the tests of this module: a draft this big would make the
    # next test's reload ask whether to leave, so the draft goes back to what it was.
    write_code(again, before)
    expect(again.locator("#save-state")).to_have_text("saved")


def test_a_choice_exercise_is_answered_with_its_options(page: Page, shots: Path) -> None:
    page.goto(f"/exercises/{CHOICE}")
    page.locator('input[name="choice"][value="A"]').check()
    expect(page.locator("#save-state")).to_have_text("saved")  # the choice is kept as chosen
    page.locator("#check-button").click()
    expect(page.locator("#check-state")).to_have_text("Not yet", timeout=CHECK_TIMEOUT_MS)
    expect(page.locator("#verdict")).to_contain_text("99.5%")
    page.locator('input[name="choice"][value="B"]').check()
    page.keyboard.press("Control+Enter")
    expect(page.locator("#check-state")).to_have_text("Passed", timeout=CHECK_TIMEOUT_MS)
    shoot(page, shots, "exercise-choice")
    page.reload()
    expect(page.locator('input[name="choice"][value="B"]')).to_be_checked()


def test_a_written_report_is_answered_in_a_markdown_editor(page: Page, shots: Path) -> None:
    page.goto(f"/exercises/{WRITTEN}")
    report = (ROOT / "content/soft/communication/forecast_for_operations/solution.md").read_text()
    report = report.split("\n## Note", 1)[0]
    write_code(page, report)
    # Counted as the grader counts words: a heading's # or a list's - is none.
    words = len(WORD.findall(report))
    assert words != len(report.split())  # so the test tells the two counts apart
    expect(page.locator("#word-count")).to_have_text(f"{words} words (100 to 300)")
    page.locator("#check-button").click()
    expect(page.locator("#check-state")).to_have_text("Passed", timeout=CHECK_TIMEOUT_MS)
    shoot(page, shots, "exercise-written")


def test_the_solution_waits_for_a_confirmation(page: Page, shots: Path) -> None:
    # The choice exercise: seeing a solution marks later attempts, and no other test
    # here checks that one after this.
    page.goto(f"/exercises/{CHOICE}")
    expect(page.locator("#solution-form")).to_be_hidden()
    page.locator("#solution-confirm summary").click()
    expect(page.locator("#solution-form")).to_contain_text("after-solution")
    # A learner who thinks again cancels: the question closes and nothing is shown.
    expect(page.locator("#solution-confirm summary")).to_have_text("Cancel", use_inner_text=True)
    page.locator("#solution-confirm summary").click()
    expect(page.locator("#solution-form")).to_be_hidden()
    expect(page.locator("#solution-confirm summary")).to_have_text(
        "Show the solution", use_inner_text=True
    )
    page.locator("#solution-confirm summary").click()
    page.locator("#solution-yes").focus()
    page.keyboard.press("Escape")  # closes it as a dialog would, the focus back on its button
    expect(page.locator("#solution-form")).to_be_hidden()
    expect(page.locator("#solution-confirm summary")).to_be_focused()
    page.locator("#solution-confirm summary").click()
    page.locator("#solution-yes").click()
    expect(page.locator("#solution-code")).to_contain_text('ANSWER = "B"')
    expect(page.locator("#solution")).to_contain_text("Why it is written this way")
    shoot(page, shots, "exercise-solution")


def test_an_area_is_filtered_as_the_learner_types(page: Page, shots: Path) -> None:
    page.goto("/areas/stack")
    rows = page.locator("#exercise-table tbody tr")
    expect(rows).to_have_count(2)
    page.locator('#filters input[name="q"]').fill("LÉARNING cürves")  # case and accents aside
    expect(page.locator("#exercise-table tbody tr:visible")).to_have_count(1)
    page.locator('#filters input[name="q"]').fill("learning curves")
    expect(page.locator("#exercise-table tbody tr:visible")).to_have_count(1)
    expect(page.locator("#exercise-table tbody tr:visible")).to_contain_text("learning curves")
    page.locator('#filters select[name="status"]').select_option("new")
    shoot(page, shots, "area-filtered")
    assert "q=learning+curves" in page.url


def test_math_is_typeset_by_katex(page: Page, shots: Path) -> None:
    page.goto(f"/exercises/{BROADCAST}")
    maths = page.locator(".statement .math")
    expect(maths).to_have_count(3)  # $i$, $X_{i,:} + o_i$ and $(n, 1)$
    expect(page.locator(".statement .math .katex")).to_have_count(3)
    shoot(page, shots, "exercise-math")


def test_a_skill_page_and_an_error_page(page: Page, shots: Path, problems: list[str]) -> None:
    page.goto("/skills/stack.numpy.broadcasting")
    expect(page.locator("#exercise-table")).to_contain_text("broadcast", ignore_case=True)
    shoot(page, shots, "skill")
    response = page.goto("/exercises/no.such.exercise")
    assert response is not None and response.status == 404
    expect(page.locator(".error-message")).to_contain_text("no.such.exercise")
    shoot(page, shots, "error")
    assert problems == [
        "Failed to load resource: the server responded with a status of 404 (Not Found)"
    ]
    problems.clear()  # that 404 was the point


def test_an_address_too_long_to_read_gets_the_error_page(page: Page, problems: list[str]) -> None:
    # Over the HTTP parser's limit: uvicorn answers it before the app could.
    response = page.goto("/exercises/" + "x" * 70_000)
    assert response is not None and response.status == 400
    expect(page.locator(".error-message")).to_contain_text("could not be read")
    expect(page.locator(".error-code")).to_contain_text("UnreadableRequest")
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert [p for p in problems if "400 (Bad Request)" not in p] == []
    problems.clear()


def test_a_request_that_is_not_http_gets_the_json_error(server: Server) -> None:
    parts = urlsplit(server.url)
    assert parts.hostname is not None and parts.port is not None
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(b"NOT HTTP AT ALL\r\n\r\n")
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert b"content-type: application/json" in head.lower()
    message = assert_error_shape(json.loads(body), "UnreadableRequest")
    assert "could not be read" in message


def test_an_edit_made_just_before_a_reload_is_not_lost(page: Page) -> None:
    """A reload asks for the new page before the old one is gone, so the save sent on
    leaving can reach the server after the new page was made from the older draft: the
    tab keeps what was unsaved and the new page puts it back (and saves it)."""
    page.goto(f"/exercises/{BROADCAST}")
    expect(page.locator(".cm-editor")).to_be_visible()
    for number in range(3):
        marker = f"# typed just before reload {number}"
        page.locator(".cm-content").click()
        page.keyboard.press("Control+End")
        page.keyboard.insert_text(f"\n{marker}\n")
        page.reload()  # at once, before the typing pause's save
        expect(page.locator("#code")).to_have_value(re.compile(re.escape(marker)))
    # Put back and saved by this page, or saved by the last one in time: either way kept.
    expect(page.locator("#save-state")).to_have_text(re.compile(r"^(saved|your saved draft)$"))
    page.reload()
    expect(page.locator("#code")).to_have_value(re.compile("typed just before reload 2"))
    expect(page.locator("#save-state")).to_have_text("your saved draft")


def test_a_second_tab_of_an_exercise_takes_the_draft_saved_in_the_first(page: Page) -> None:
    """Two tabs of one exercise: the idle one takes what the other saved, so typing in it
    later does not save its older text over the first tab's work."""
    other = page.context.new_page()
    page.goto(f"/exercises/{WRITTEN}")
    other.goto(f"/exercises/{WRITTEN}")
    expect(other.locator(".cm-editor")).to_be_visible()
    first = "## Summary\n\nWritten in the first tab.\n"
    page.bring_to_front()
    write_code(page, first)
    expect(page.locator("#save-state")).to_have_text("saved")
    expect(other.locator("#code")).to_have_value(first)
    expect(other.locator("#save-state")).to_have_text("updated from another tab")
    expect(other.locator("#undo-put")).to_be_visible()  # what it had is one Undo away
    other.bring_to_front()
    other.locator(".cm-content").click()
    other.keyboard.press("Control+End")
    other.keyboard.insert_text("And more from the second.\n")
    expect(other.locator("#save-state")).to_have_text("saved")
    page.reload()
    expect(page.locator("#code")).to_have_value(first + "And more from the second.\n")
    other.close()


def test_code_is_still_saved_when_a_check_cannot_reach_the_server(
    page: Page, problems: list[str]
) -> None:
    """A check started in the typing pause replaces that pause's save; when the check
    does not get through, the save is made after all."""
    page.goto(f"/exercises/{BROADCAST}")
    draft = "def add_row_offsets(X, offsets):\n    # kept though the check failed\n    return X\n"
    page.route("**/check", lambda route: route.abort())
    write_code(page, draft)
    page.keyboard.press("Control+Enter")
    expect(page.locator("#flash")).to_contain_text("did not answer")
    expect(page.locator("#save-state")).to_have_text("saved")
    expect(page.locator("#flash")).to_be_hidden()  # answered since: no longer true
    page.unroute("**/check")
    page.reload()
    expect(page.locator("#code")).to_have_value(draft)
    assert problems and all("ERR_FAILED" in problem for problem in problems), problems
    problems.clear()  # the refused check was the point


def test_typing_while_a_check_runs_is_kept_over_the_code_checked(page: Page) -> None:
    """The code checked becomes the draft only if nothing newer was saved while it ran."""
    page.goto(f"/exercises/{BROADCAST}")
    slow = "import time\n\n\ndef add_row_offsets(X, offsets):\n    time.sleep(0.5)\n    return X\n"
    write_code(page, slow)
    expect(page.locator("#save-state")).to_have_text("saved")
    page.locator("#check-button").click()
    expect(page.locator("#check-button")).to_have_text("Checking…")
    page.locator(".cm-content").click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("# typed while it was checked\n")
    expect(page.locator("#save-state")).to_have_text("saved")
    expect(page.locator("#check-state")).to_have_text("Not yet", timeout=CHECK_TIMEOUT_MS)
    page.wait_for_timeout(500)  # the check's own save of its code comes after its answer
    page.reload()
    expect(page.locator("#code")).to_have_value(slow + "# typed while it was checked\n")


def test_back_to_an_exercise_shows_its_draft_as_it_is_now(page: Page) -> None:
    """Pages are never kept by the browser: Back shows the draft saved since."""
    page.goto(f"/exercises/{BROADCAST}")
    first = "def add_row_offsets(X, offsets):\n    return X  # first\n"
    write_code(page, first)
    expect(page.locator("#save-state")).to_have_text("saved")
    page.goto("/")
    other = page.context.new_page()
    other.goto(f"/exercises/{BROADCAST}")
    expect(other.locator("#code")).to_have_value(first)
    newer = "def add_row_offsets(X, offsets):\n    return X  # newer, from another tab\n"
    write_code(other, newer)
    expect(other.locator("#save-state")).to_have_text("saved")
    other.close()
    page.go_back()
    expect(page.locator("#code")).to_have_value(newer)
    assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "back_forward"


def test_pages_fit_a_phone_screen(page: Page, shots: Path) -> None:
    """At a phone's width no page is wider than the screen (no sideways scrolling)."""
    page.set_viewport_size({"width": 375, "height": 800})
    for name, path in (
        ("home", "/"),
        ("exercise", f"/exercises/{BROADCAST}"),
        ("listing", "/exercises"),
        ("report", "/report"),
    ):
        page.goto(path)
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], f"{path} is {widths[0]}px wide on a {widths[1]}px screen"
        shoot(page, shots, f"phone-{name}")
    # A laptop's screen at 200% zoom is as narrow, between a phone's and a tablet's.
    for width in (640, 768, 830):
        page.set_viewport_size({"width": width, "height": 800})
        for path in ("/exercises", "/areas/python", "/report", f"/exercises/{BROADCAST}"):
            page.goto(path)
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= width, f"{path} is {wide}px wide in a {width}px window"


def test_the_editor_follows_the_statement_on_a_phone_and_sits_beside_it_on_a_screen(
    page: Page,
) -> None:
    def box(selector: str) -> dict[str, float]:
        found = page.locator(selector).bounding_box()
        assert found is not None, selector
        return found

    page.goto(f"/exercises/{BROADCAST}")
    statement, editor, hints = box("#statement"), box("#code-form"), box("#hints")
    assert statement["x"] < editor["x"] and hints["x"] < editor["x"]  # two columns
    assert hints["y"] - (statement["y"] + statement["height"]) < 40  # hints right below it
    page.set_viewport_size({"width": 375, "height": 800})
    statement, editor, hints = box("#statement"), box("#code-form"), box("#hints")
    assert statement["y"] < editor["y"] < hints["y"] < box("#solution")["y"]


def test_a_keyboard_goes_on_from_the_hint_or_solution_it_asked_for(page: Page) -> None:
    """The button pressed goes with the panel it swaps: focus moves to what came, so a
    keyboard (and a screen reader) is not sent back to the top of the page."""
    page.goto(f"/exercises/{WRITTEN}")
    page.locator("#hint-button").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".hint").last).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator("#hint-button")).to_be_focused()
    page.locator("#solution-confirm summary").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.locator("#solution-yes")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#solution-code")).to_be_focused()


def test_without_javascript_a_check_start_over_and_put_back_work(
    browser: Browser, server: Server
) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=server.url)
    page = context.new_page()
    page.goto(f"/exercises/{BROADCAST}")
    page.locator("#code").fill(WRONG)
    page.locator("#check-button").click()
    expect(page.locator(".case.bad").first).to_be_visible(timeout=CHECK_TIMEOUT_MS)
    newest = page.locator("#history-list .attempt").first
    newest.locator("summary").click()  # details open without a script
    expect(newest.locator("pre, .highlight").first).to_be_visible()
    # Starting over is a form: the page comes back with the starter and says so.
    page.locator("#code").fill(WRONG + "# mine\n")
    page.locator("#start-over summary").click()
    page.locator("#start-over-yes").click()
    expect(page.locator("#started-over")).to_be_visible()
    expect(page.locator("#code")).to_have_value(re.compile("NotImplementedError"))
    # So is putting an attempt's code back: the editor's code is kept, the page says so.
    page.locator("#code").fill(WRONG + "# typed after starting over\n")
    newest = page.locator("#history-list .attempt").first
    newest.locator("summary").click()
    newest.locator("[data-restore]").click()
    expect(page.locator("#put-back")).to_be_visible()
    expect(page.locator("#code")).to_have_value(WRONG)
    context.close()
