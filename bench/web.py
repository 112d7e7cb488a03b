"""How fast the web app answers, against the figures issue 7 sets.

    .venv/bin/python bench/web.py [--seconds S] [--clients N] [--checks N]

`mldojo serve` runs in a subprocess on the bundled catalog plus `bench/pack`, with a
fresh data directory and its own warm grader, exactly as a learner starts it. All
figures come from one run on this machine:

- pages: N clients (default 20), each a thread with its own keep-alive connection on
  loopback, ask for the home page and an exercise page in turns for S seconds. The
  p95 of the server's own time per page (its `Server-Timing` header: from the
  request's arrival to the response's start) is the figure; what the clients waited,
  queueing included, is shown beside it;
- home after a change: the home page right after a check, when the learner model is
  computed afresh (not cached), median;
- check: the same exercise (by default a NumPy function on 20 cases,
  `bench/pack/stack/numpy/standardize_columns`, a check of about the catalog's median
  cost; `--exercise ID` checks another, with its reference solution) checked in
  turns, with the same pause
  between checks, three ways: through the web (POST to `/exercises/ID/check`, the
  attempt recorded and the result rendered, as the browser does); through the
  learning service directly (`dojo.check` in this process: graded by a `LocalGrader`
  over a warm `ZygotePool` and recorded, as the local grader process does for the
  CLI); and through the grading service alone (`LocalGrader.grade`, nothing
  recorded, as `bench/grading.py` measures it). Medians, and the web's ratio to each.
  Issue 7's bar (at most 1.5x "the same check through the service directly") is on
  the ratio to the grading service, "the service" of issue 4's figures. It records
  nothing, while a check through the web records the attempt; the ratio to the
  learning service, which records it too, is shown beside;
- the least a web check can cost: the same check POSTed by the same client to
  `bench/bare_check_server.py`, a bare ASGI app under the same uvicorn that only grades
  (a worker thread, no framework, nothing recorded or rendered). Its ratio to the
  grading service alone is what HTTP and the hand-off to a worker thread cost; the rest
  of the web check's is the app's own work.

The pause between checks (0.25 s, as a learner pauses far longer) makes every check
start cold. On a shared virtual machine that costs the web check more than the
direct one, since it runs more code in more processes: recording an attempt's
verdict takes 0.09 ms back to back but 0.9 ms after a 0.25 s sleep (0.5 ms after
0.25 s of busy waiting, so not only the wake-up), and a static file 0.8 ms back to
back but 2.2 ms after 0.1 s pauses, as the client sees them.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool
from mldojo.learning.dojo import Dojo, check
from mldojo.settings import Settings, bundled_content_root

PACK = Path(__file__).resolve().parent / "pack"
EXERCISE = "stack.numpy.standardize_columns"
PAGES = {"home": "/", "exercise": f"/exercises/{EXERCISE}"}
START_TIMEOUT_S = 180


class Client:
    """One browser-like client: a keep-alive connection, the session cookie, the token
    (none for the bare server, which has no pages)."""

    def __init__(self, port: int, *, session: bool = True) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self.cookie = ""
        self.token = ""
        if not session:
            return
        body = self.get("/")[2]
        found = re.search(r'<meta name="csrf-token" content="([0-9a-f]+)">', body)
        assert found is not None, "the home page carries no CSRF token"
        self.token = found.group(1)

    def get(self, path: str) -> tuple[float, float, str]:
        """(server ms, client ms, body)."""
        return self._send("GET", path, None, {"Accept": "text/html"})

    def check(self, exercise_id: str, source: str) -> tuple[float, float, str]:
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/json",
            "X-CSRF-Token": self.token,
        }
        return self._send(
            "POST", f"/exercises/{exercise_id}/check", json.dumps({"source": source}), headers
        )

    def _send(
        self, method: str, path: str, body: str | None, headers: dict[str, str]
    ) -> tuple[float, float, str]:
        if self.cookie:
            headers = dict(headers, Cookie=self.cookie)
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
            # The server closed an idle keep-alive connection: open a new one, as a browser does.
            self.connection.close()
            started = time.perf_counter()
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        text = response.read().decode()
        waited = (time.perf_counter() - started) * 1000
        if response.status != 200:
            raise RuntimeError(f"{method} {path} answered {response.status}: {text[:300]}")
        cookie = response.getheader("set-cookie")
        if cookie:
            self.cookie = cookie.split(";", 1)[0]
        timing = response.getheader("server-timing") or ""
        server = float(timing.split("dur=", 1)[1]) if "dur=" in timing else float("nan")
        return server, waited, text


def start_server(
    home: Path, command: tuple[str, ...] = ("-m", "mldojo", "serve", "--port", "0")
) -> tuple[subprocess.Popen[str], int]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env.update(MLDOJO_HOME=str(home), MLDOJO_PACKS=str(PACK), PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT_S
    for line in process.stdout:
        found = re.search(r"serving on http://127\.0\.0\.1:(\d+)/", line)
        if found:
            threading.Thread(target=process.stdout.read, daemon=True).start()  # drain
            return process, int(found.group(1))
        if time.monotonic() > deadline:
            break
    process.kill()
    raise SystemExit(f"{' '.join(command)} did not start")


def stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()


def bench_exercise(exercise_id: str) -> Exercise:
    """An exercise of the bundled catalog or of `bench/pack`, as the server sees them."""
    return load_catalog(content_root=bundled_content_root(), packs=(PACK,)).get(exercise_id)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def load_pages(
    port: int, clients: int, seconds: float
) -> dict[str, tuple[list[float], list[float]]]:
    """Each client asks for the home and the exercise page in turns until the deadline."""
    connected = [Client(port) for _ in range(clients)]
    start = threading.Barrier(clients)
    deadline = time.monotonic() + seconds + 1.0

    def run(client: Client) -> list[tuple[str, float, float]]:
        start.wait()
        seen = []
        turn = 0
        while time.monotonic() < deadline:
            name = "home" if turn % 2 == 0 else "exercise"
            server, waited, _ = client.get(PAGES[name])
            seen.append((name, server, waited))
            turn += 1
        return seen

    found: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    with ThreadPoolExecutor(clients) as pool:
        for seen in pool.map(run, connected):
            for name, server, waited in seen:
                found[name][0].append(server)
                found[name][1].append(waited)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=20.0, help="page load window")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--checks", type=int, default=30, help="checks each way")
    parser.add_argument("--pause", type=float, default=0.25, help="between checks")
    parser.add_argument(
        "--exercise", default=EXERCISE, help="the exercise checked (its reference solution)"
    )
    options = parser.parse_args()
    exercise = bench_exercise(options.exercise)
    source = exercise.solution_source()

    with tempfile.TemporaryDirectory(prefix="mldojo-bench-web-") as folder:
        process, port = start_server(Path(folder))
        try:
            learner = Client(port)
            # Warm the app's pool and caches (and give the learner model some evidence).
            deadline = time.monotonic() + START_TIMEOUT_S
            recent: list[float] = []
            while time.monotonic() < deadline:
                server, waited, body = learner.check(exercise.id, source)
                assert json.loads(body)["result"]["passed"], body[:300]
                recent = [*recent[-4:], waited]
                if len(recent) == 5 and max(recent) < 3 * min(recent):
                    break
                time.sleep(options.pause)
            after_change = []
            for _ in range(5):
                learner.check(exercise.id, source)
                after_change.append(learner.get("/")[0])  # the model recomputed
                time.sleep(options.pause)
            pages = load_pages(port, options.clients, options.seconds)

            bare_process, bare_port = start_server(
                Path(folder) / "bare",
                (str(Path(__file__).with_name("bare_check_server.py")), exercise.id),
            )
            bare = Client(bare_port, session=False)
            pool = ZygotePool()
            pool.warm()
            direct = LocalGrader(runner=pool, prepare_ahead=True)
            own = Path(folder) / "direct"
            dojo = Dojo(
                Settings(
                    home=own,
                    db_url=f"sqlite:///{own / 'mldojo.db'}",
                    workspace=own / "workspace",
                    content_root=bundled_content_root(),
                    packs=(PACK,),
                ),
                shared_grader=direct,
            )
            dojo.catalog  # noqa: B018 - loaded once, as the web app loads it when it starts
            times: dict[str, list[float]] = {"web": [], "dojo": [], "grade": [], "bare": []}
            web_server: list[float] = []  # the app's own time for each web check

            def web_check() -> bool:
                server_ms, _, body = learner.check(exercise.id, source)
                web_server.append(server_ms)
                return bool(json.loads(body)["result"]["passed"])

            steps = {
                "grade": lambda: direct.grade(exercise, source).passed,
                "dojo": lambda: check(dojo, exercise.id, source=source).verdict.passed,
                "web": web_check,
                "bare": lambda: bool(json.loads(bare.check(exercise.id, source)[2])["passed"]),
            }
            try:
                for _ in range(3):  # the first checks pay for caches
                    assert steps["dojo"]() and steps["bare"]()
                    time.sleep(options.pause)
                for _ in range(options.checks):  # in turns, so all see the same machine
                    for name, step in steps.items():
                        started = time.perf_counter()
                        assert step(), name
                        times[name].append((time.perf_counter() - started) * 1000)
                        time.sleep(options.pause)
            finally:
                dojo.close()
                direct.close()
                pool.close()
                stop(bare_process)
        finally:
            stop(process)

    web_ms, dojo_ms, grade_ms, bare_ms = (
        statistics.median(times[k]) for k in ("web", "dojo", "grade", "bare")
    )
    rows: list[tuple[str, str, str, bool | None]] = []
    for name in ("home", "exercise"):
        server, waited = pages[name]
        server_p95 = p95(server)
        rows.append(
            (
                f"{name} page, {options.clients} clients: server time p95 ({len(server)} requests)",
                f"{server_p95:.1f} ms",
                "<= 50 ms",
                server_p95 <= 50,
            )
        )
        rows.append(
            (f"{name} page: what the clients waited, p95", f"{p95(waited):.1f} ms", "", None)
        )
    rows += [
        ("home page right after a check (model recomputed), median",
         f"{statistics.median(after_change):.1f} ms", "", None),
        ("check through the web, recorded (median)", f"{web_ms:.1f} ms", "", None),
        ("  of which the app's own time (Server-Timing, median)",
         f"{statistics.median(web_server[-options.checks:]):.1f} ms", "", None),
        ("check through the learning service, recorded (median)", f"{dojo_ms:.1f} ms", "", None),
        ("check through the grading service alone (median)", f"{grade_ms:.1f} ms", "", None),
        ("web / grading service alone (nothing recorded)", f"{web_ms / grade_ms:.2f}x",
         "<= 1.5x", web_ms / grade_ms <= 1.5),
        ("  beside it: web / learning service (recorded too)", f"{web_ms / dojo_ms:.2f}x", "",
         None),
        ("check through a bare ASGI app that only grades (median)", f"{bare_ms:.1f} ms", "",
         None),
        ("  bare app / grading service alone (HTTP and a worker thread)",
         f"{bare_ms / grade_ms:.2f}x", "", None),
    ]  # fmt: skip
    width = max(len(r[0]) for r in rows)
    print(f"{'figure':<{width}}  {'measured':>12}  {'target':>9}")
    for name, measured, target, met in rows:
        verdict = "" if met is None else ("met" if met else "MISSED")
        print(f"{name:<{width}}  {measured:>12}  {target:>9}  {verdict}")


if __name__ == "__main__":
    main()
