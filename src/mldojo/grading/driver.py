"""The small driver that runs inside the child process, beside the learner's code.

It reads one JSON request from stdin (the source, the entry name and the encoded
case inputs), closes stdin, runs the code, and writes what came back through the
codec to the result pipe whose descriptor is its only argument. It knows nothing
of expected values: judging happens in the host.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
import types
from typing import Any

from mldojo.grading import codec


def _error(exc: BaseException, filename: str) -> dict[str, Any]:
    if isinstance(exc, SyntaxError):
        return {"type": type(exc).__name__, "message": exc.msg, "line": exc.lineno}
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == filename]
    line = frames[-1].lineno if frames else None
    return {"type": type(exc).__name__, "message": str(exc)[:2000], "line": line}


def _load(source: str, filename: str) -> types.ModuleType:
    module = types.ModuleType("submission")
    module.__file__ = filename
    sys.modules["submission"] = module
    exec(compile(source, filename, "exec"), module.__dict__)
    return module


def _value(result: Any) -> dict[str, Any]:
    try:
        return {"ok": True, "value": codec.encode(result)}
    except codec.CodecError as exc:
        return {
            "ok": False,
            "error": {"type": "UncheckableValue", "message": str(exc), "line": None},
        }


def _run_call(target: Any, case: dict[str, Any], filename: str) -> dict[str, Any]:
    args, kwargs = codec.decode(case["args"]), codec.decode(case["kwargs"])
    try:
        result = target(*args, **kwargs)
    except Exception as exc:
        return {"ok": False, "error": _error(exc, filename)}
    outcome = _value(result)
    outcome["mutated"] = _changed(case, args, kwargs)
    return outcome


def _changed(case: dict[str, Any], args: Any, kwargs: Any) -> bool:
    """Whether the call changed its arguments in place (reported; the host decides)."""
    try:
        return bool(codec.encode(args) != case["args"] or codec.encode(kwargs) != case["kwargs"])
    except codec.CodecError:
        return True


def _run_replay(cls: Any, case: dict[str, Any], filename: str) -> dict[str, Any]:
    steps: list[Any] = []
    at = -1  # -1: the constructor; i: the i-th replayed call
    try:
        obj = cls(*codec.decode(case["args"]), **codec.decode(case["kwargs"]))
        for index, (method, args, kwargs) in enumerate(case["calls"]):
            at = index
            result = getattr(obj, method)(*codec.decode(args), **codec.decode(kwargs))
            steps.append(codec.encode(result))
    except codec.CodecError as exc:
        error = {"type": "UncheckableValue", "message": str(exc), "line": None}
        return {"ok": False, "steps": steps, "error": error, "at": at}
    except Exception as exc:
        return {"ok": False, "steps": steps, "error": _error(exc, filename), "at": at}
    return {"ok": True, "steps": steps}


def run(request: dict[str, Any]) -> dict[str, Any]:
    filename = request["filename"]
    try:
        module = _load(request["source"], filename)
    except BaseException as exc:  # a learner's file may raise anything, SystemExit included
        return {"load_error": _error(exc, filename)}
    entry = request["entry"]
    if not hasattr(module, entry):
        return {"missing_entry": entry}
    target = getattr(module, entry)
    mode = request["mode"]
    if mode == "attr":
        return {"results": [_value(target)]}
    runner = _run_replay if mode == "replay" else _run_call
    return {"results": [runner(target, case, filename) for case in request["cases"]]}


def main() -> None:
    result_fd = int(sys.argv[1])
    request = json.loads(sys.stdin.read())
    sys.stdin.close()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    # Reads give nothing: stdin is closed to the learner.
    sys.stdin = open(0, closefd=False)  # noqa: SIM115
    try:
        outcome = run(request)
    except BaseException as exc:
        outcome = {"load_error": _error(exc, request.get("filename", ""))}
    sys.stdout.flush()
    with os.fdopen(result_fd, "w", encoding="utf-8") as out:
        json.dump(outcome, out, allow_nan=False)


if __name__ == "__main__":
    main()
