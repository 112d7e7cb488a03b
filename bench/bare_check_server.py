"""The least a web check can cost here: a bare ASGI app under uvicorn that only grades.

    .venv/bin/python bench/bare_check_server.py EXERCISE_ID   (started by bench/web.py)

One route and no framework: a POST's JSON `source` is graded for the exercise by a
`LocalGrader` over a warm `ZygotePool`, in a worker thread as Starlette runs a blocking
call, and the verdict's cases go back as JSON. Nothing is recorded, nothing is
rendered, no middleware runs. The same server (uvicorn with httptools and uvloop) and
the same client as the web app's check, so the web check's cost beyond
this one is the app's own work, not HTTP's.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import uvicorn
from anyio import to_thread
from web import bench_exercise  # bench/web.py, which starts this server

from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool


def main() -> None:
    exercise = bench_exercise(sys.argv[1])
    pool = ZygotePool()
    pool.warm()
    grader = LocalGrader(runner=pool, prepare_ahead=True)

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                await send({"type": message["type"] + ".complete"})
                if message["type"] == "lifespan.shutdown":
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        source = json.loads(body)["source"]
        verdict = await to_thread.run_sync(grader.grade, exercise, source)
        cases = [case.to_json() for case in verdict.cases]
        answer = json.dumps({"passed": verdict.passed, "cases": cases})
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": answer.encode()})

    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    original_startup = server.startup

    async def startup(sockets: Any = None) -> None:
        await original_startup(sockets)
        port = server.servers[0].sockets[0].getsockname()[1]
        print(f"serving on http://127.0.0.1:{port}/", flush=True)

    server.startup = startup  # type: ignore[method-assign]
    try:
        server.run()
    finally:
        grader.close()
        pool.close()


if __name__ == "__main__":
    sys.exit(main())
