"""The small driver that runs inside the child process, beside the learner's code.

It reads one JSON request from stdin (the source, the entry name and the encoded
case inputs), closes stdin, runs the code, and writes what came back through the
codec to the result pipe whose descriptor is its only argument. It knows nothing
of expected values: judging happens in the host.
"""

from __future__ import annotations

import collections
import contextlib
import itertools
import json
import os
import signal
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
    # Its classes' names, so a case that expects a base class accepts a subclass.
    kinds = [k.__name__ for k in type(exc).__mro__ if k not in (BaseException, object)][:16]
    return {"type": type(exc).__name__, "message": str(exc)[:2000], "line": line, "kinds": kinds}


def _load(source: str, filename: str) -> types.ModuleType:
    module = types.ModuleType("submission")
    module.__file__ = filename
    sys.modules["submission"] = module
    exec(compile(source, filename, "exec"), module.__dict__)
    return module


def _inputs(encoded: Any) -> Any:
    """A case's arguments as the learner's code gets them: tensors as `torch.Tensor`."""
    return codec.as_torch(codec.decode(encoded))


def _value(result: Any) -> dict[str, Any]:
    try:
        return {"ok": True, "value": codec.encode(result)}
    except codec.CodecError as exc:
        return {
            "ok": False,
            "error": {"type": "UncheckableValue", "message": str(exc), "line": None},
        }


def _run_call(target: Any, case: dict[str, Any], filename: str) -> dict[str, Any]:
    args, kwargs = _inputs(case["args"]), _inputs(case["kwargs"])
    try:
        result = target(*args, **kwargs)
    except Exception as exc:
        return {"ok": False, "error": _error(exc, filename)}
    outcome = _value(result)
    outcome["mutated"] = _changed(case, args, kwargs)
    if outcome["mutated"]:
        try:
            outcome["mutated_by_rounding"] = _by_rounding(_inputs(case["args"]), args)
        except Exception:  # frames, tensors: compared no further (it is only a hint)
            outcome["mutated_by_rounding"] = False
    if case.get("fresh_result"):
        try:
            outcome["shared"] = _shared(target, result, args, kwargs)
        except Exception:  # an object that cannot be walked: nothing is said of it
            outcome["shared"] = None
    return outcome


# The mutable containers a result could share with the caller, and how many objects
# are looked at on each side at most.
_SHAREABLE = (list, dict, set, bytearray)
_WALKED = 100_000


def _shared(target: Any, result: Any, args: Any, kwargs: Any) -> dict[str, str] | None:
    """The first list, dict or set in the result that is an argument itself or inside
    one, found by identity (which the encoded values cannot show): where it sits in the
    result, which argument it is, as the function names it, and its kind."""
    names = _parameter_names(target, len(args))
    held: dict[int, str] = {}
    for name, value in [*zip(names, args, strict=True), *kwargs.items()]:
        for obj, path in _containers(value, str(name)):
            held.setdefault(id(obj), path)
    for obj, path in _containers(result, ""):
        if id(obj) in held:
            kind = next(k.__name__ for k in _SHAREABLE if isinstance(obj, k))
            return {"result": path, "input": held[id(obj)], "kind": kind}
    return None


def _parameter_names(target: Any, count: int) -> list[str]:
    import inspect

    try:
        parameters = list(inspect.signature(target).parameters.values())
    except (TypeError, ValueError):
        parameters = []
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return [
        parameters[i].name
        if i < len(parameters) and parameters[i].kind in positional
        else f"argument {i + 1}"
        for i in range(count)
    ]


def _containers(value: Any, path: str) -> Any:
    """Each list, dict, set or bytearray in value, with its path (`items[2]`), once."""
    seen: set[int] = set()
    stack = [(value, path)]
    walked = 0
    while stack and walked < _WALKED:
        obj, where = stack.pop()
        walked += 1
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, _SHAREABLE):
            yield obj, where
        if isinstance(obj, dict):
            stack.extend((v, f"{where}[{k!r}]") for k, v in reversed(list(obj.items())))
        elif isinstance(obj, list | tuple):
            stack.extend((v, f"{where}[{i}]") for i, v in reversed(list(enumerate(obj))))


def _step(result: Any, obj: Any, method: str) -> Any:
    """A replayed call's result, encoded; a method that returns its object (a fluent
    `return self`) is said in those words, not as a value of the learner's class."""
    try:
        return codec.encode(result)
    except codec.CodecError:
        if result is obj:
            raise codec.CodecError(
                f"{method}() returned the object itself (`return self`); check what the "
                "statement says it returns"
            ) from None
        raise


def _changed(case: dict[str, Any], args: Any, kwargs: Any) -> bool:
    """Whether the call changed its arguments in place (reported; the host decides)."""
    try:
        return bool(codec.encode(args) != case["args"] or codec.encode(kwargs) != case["kwargs"])
    except codec.CodecError:
        return True


def _by_rounding(before: Any, after: Any) -> bool:
    """Whether the arguments changed by no more than rounding: a change undone by hand
    (w[i] += h, then w[i] -= h), said so in the verdict."""
    import numpy as np

    if isinstance(before, list | tuple) and isinstance(after, list | tuple):
        return len(before) == len(after) and all(map(_by_rounding, before, after))
    if isinstance(before, np.ndarray) and isinstance(after, np.ndarray):
        if before.shape != after.shape or before.dtype != after.dtype:
            return False
        if before.dtype.kind != "f":
            return bool(np.array_equal(before, after))
        return bool(np.allclose(before, after, rtol=8 * np.finfo(before.dtype).eps, atol=0))
    return type(before) is type(after) and bool(before == after)


def _run_replay(cls: Any, case: dict[str, Any], filename: str) -> dict[str, Any]:
    steps: list[Any] = []
    changed: list[int] = []  # the calls that changed their arguments in place
    given: list[tuple[int, dict[str, Any], Any, Any]] = []  # each call's arguments, kept
    results: list[Any] = []  # what each call returned, kept
    raised: dict[str, Any] = {}  # the calls that raised: what each raised
    at = -1  # -1: the constructor; i: the i-th replayed call
    try:
        args, kwargs = _inputs(case["args"]), _inputs(case["kwargs"])
        obj = cls(*args, **kwargs)
        given.append((at, case, args, kwargs))
        if _changed(case, args, kwargs):
            changed.append(at)
        for index, (method, encoded_args, encoded_kwargs) in enumerate(case["calls"]):
            at = index
            args, kwargs = _inputs(encoded_args), _inputs(encoded_kwargs)
            try:
                result = getattr(obj, method)(*args, **kwargs)
            except Exception as exc:
                # Said, and the replay goes on with the object: a call may be meant to
                # raise (only the host knows which) and the object must work after it.
                raised[str(index)] = _error(exc, filename)
                result = None
            steps.append(_step(result, obj, method))
            results.append(result)
            encoded = {"args": encoded_args, "kwargs": encoded_kwargs}
            given.append((index, encoded, args, kwargs))
            if _changed(encoded, args, kwargs):
                changed.append(index)
        later_args = [i for i, was, a, k in given if i not in changed and _changed(was, a, k)]
        later_results = [i for i, result in enumerate(results) if _moved(result, steps[i])]
    except codec.CodecError as exc:
        error = {"type": "UncheckableValue", "message": str(exc), "line": None}
        return {"ok": False, "steps": steps, "error": error, "at": at, "changed": changed}
    except Exception as exc:
        error = _error(exc, filename)
        return {
            "ok": False,
            "steps": steps,
            "error": error,
            "at": at,
            "changed": changed,
            "raised": raised,
        }
    # After the whole replay: arguments the object kept and changed in a later call, and
    # returned values that a later call changed (the object handed out its own state).
    return {
        "ok": True,
        "steps": steps,
        "changed": changed,
        "later_args": later_args,
        "later_results": later_results,
        "raised": raised,
    }


def _moved(result: Any, encoded: Any) -> bool:
    """Whether a value returned earlier is no longer what it was when returned."""
    try:
        return bool(codec.encode(result) != encoded)
    except codec.CodecError:
        return True


# The names a formula may use in the sandbox's parser: the functions and constants the
# host rebuilds (symbolic.FUNCTIONS and CONSTANTS in mldojo.grading; this driver runs
# without mldojo, so the list is kept here and a test keeps the two in step), a few
# other spellings of them, and what sympy_parser's transformations write into the code
# they generate (Symbol to Rational). The rest of SymPy and the builtins stay out, so
# diff(...) or integrate(...) is only a name and cannot do an exercise's work.
FORMULA_NAMES = (
    *("Add", "Mul", "Pow", "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan"),
    *("atan2", "sinh", "cosh", "tanh", "exp", "log", "Abs", "sign", "Max", "Min", "floor"),
    *("sech", "csch", "coth", "asinh", "acosh", "atanh"),
    *("ceiling", "factorial", "binomial", "gamma", "erf", "Heaviside", "sqrt", "cbrt", "root"),
    *("pi", "E", "I", "oo", "EulerGamma"),
    *("Symbol", "Function", "Integer", "Float", "Rational"),
)
FORMULA_SPELLINGS = {"ln": "log", "abs": "Abs", "max": "Max", "min": "Min", "pow": "Pow"}


def _formula_names() -> dict[str, Any]:
    import sympy

    names = {name: getattr(sympy, name) for name in FORMULA_NAMES}
    names.update((alias, getattr(sympy, name)) for alias, name in FORMULA_SPELLINGS.items())
    return {**names, "__builtins__": {}}  # without the key, eval would add the real ones


def _check_formula_text(text: str) -> None:
    """Refuse what would reach past the names above: a '.' (attribute access), a quoted
    string (SymPy would parse it with all its names) or a name beginning with '_'."""
    import io
    import tokenize

    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if (
                token.type == tokenize.STRING
                or (token.type == tokenize.OP and "." in token.string)
                or (token.type == tokenize.NAME and token.string.startswith("_"))
            ):
                raise TypeError(
                    f"it is not a formula: it has {token.string!r}, which formulas do not "
                    "have; use symbols, numbers, + - * / ** ( ) and functions"
                )
    except (tokenize.TokenError, SyntaxError):
        return  # unfinished: the parser below names the problem


def _parse_expression(text: Any, symbols: list[str], positive: bool = False) -> dict[str, Any]:
    """Parse the learner's expression here, in the sandbox, and send back its tree. The
    symbols are real (or positive) as in the host, so that what SymPy simplifies while
    parsing, such as Abs(exp(x)) to exp(x), is what the host would simplify too."""
    if not isinstance(text, str) or not text.strip():
        given = "an empty string" if isinstance(text, str) else type(text).__name__
        message = f"the answer must be a string holding the expression, not {given}"
        return {"ok": False, "error": {"type": "TypeError", "message": message, "line": None}}
    from sympy import Basic, Symbol
    from sympy.parsing.sympy_parser import (
        convert_xor,
        implicit_application,
        implicit_multiplication,
        parse_expr,
        standard_transformations,
    )

    assumptions = {"positive": True} if positive else {"real": True}
    names = {name: Symbol(name, **assumptions) for name in symbols}
    # "3x" and "sin x" are read as a person means them; "foo" stays one name.
    transformations = (
        *standard_transformations,
        implicit_multiplication,
        implicit_application,
        convert_xor,
    )
    try:
        _check_formula_text(text[:2000])
        expression = parse_expr(
            text[:2000],
            local_dict=names,
            global_dict=_formula_names(),
            transformations=transformations,
        )
        if not isinstance(expression, Basic):
            raise TypeError(f"it is not a formula (it gave a {type(expression).__name__})")
        return {"ok": True, "value": _tree(expression, 0)}
    except Exception as exc:
        return {
            "ok": False,
            "error": {"type": type(exc).__name__, "message": str(exc)[:300], "line": None},
        }


def _tree(expression: Any, depth: int) -> Any:
    """A SymPy expression as nested lists: [name, ...]; numbers and names as text."""
    if depth > 60:
        raise ValueError("the expression is nested too deeply")
    if expression.is_Symbol:
        return ["Symbol", expression.name]
    if expression.is_Integer:
        return ["Integer", str(expression)]
    if expression.is_Rational:
        return ["Rational", str(expression.p), str(expression.q)]
    if expression.is_Float:
        return ["Float", str(expression)]
    if expression.is_NumberSymbol or (expression.is_number and not expression.args):
        return ["Constant", type(expression).__name__]
    return [type(expression).__name__, *[_tree(a, depth + 1) for a in expression.args]]


class _Progress:
    """Which case is running, told to the host only once a run has used half a second
    of CPU time (then four times a second at most, when it changed), so that a limit
    that stops a slow run can name its case; a fast run writes nothing. It counts CPU
    time (SIGPROF) because learner code that sets its own alarms uses SIGALRM, and
    system calls it interrupts are restarted."""

    def __init__(self, result_fd: int | None) -> None:
        self.fd, self.case, self.told = result_fd, -1, -1

    def __enter__(self) -> _Progress:
        if self.fd is not None:
            signal.signal(signal.SIGPROF, self._tell)
            signal.siginterrupt(signal.SIGPROF, False)
            signal.setitimer(signal.ITIMER_PROF, 0.5, 0.25)
        return self

    def __exit__(self, *_: object) -> None:
        if self.fd is not None:  # before the result is written: it must be the last line
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
            signal.signal(signal.SIGPROF, signal.SIG_IGN)

    def _tell(self, _signum: int, _frame: object) -> None:
        if self.case != self.told and self.fd is not None:
            self.told = self.case
            with contextlib.suppress(OSError):
                os.write(self.fd, b"case %d\n" % self.case)


def run(request: dict[str, Any], result_fd: int | None = None) -> dict[str, Any]:
    """Load the learner's code and run the cases; `result_fd` is where the running
    case's number is told when the run is slow (none for the driver's own warm-up)."""
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
    if mode == "symbolic":
        return {
            "results": [
                _parse_expression(target, request["symbols"], bool(request.get("positive")))
            ]
        }
    if mode == "attr":
        return {"results": [_value(target)]}
    runner = _run_replay if mode == "replay" else _run_call
    replay = mode == "replay"
    loaded = _class_state(target) if replay else {}
    results = []
    with _Progress(result_fd) as progress:
        for number, case in enumerate(request["cases"]):
            progress.case = number
            # Class attributes that earlier cases' objects changed: this case's start there.
            leaked = _leaked(target, loaded) if replay else []
            result = runner(target, case, filename)
            if leaked:
                result["class_state_leaked"] = leaked
            results.append(result)
    return {"results": results}


def _leaked(cls: Any, loaded: dict[str, Any]) -> list[str]:
    """The class attributes whose containers hold other objects than when it was loaded."""
    return sorted(n for n, held in _class_state(cls).items() if loaded.get(n) != held)


def _class_state(cls: Any) -> dict[str, Any]:
    """Each mutable container the class (or a base) holds as a class attribute, one
    object shared by every instance, by what it holds: the objects in it, or the bytes
    of an array."""
    state: dict[str, Any] = {}
    for klass in getattr(cls, "__mro__", ())[:-1]:  # not `object`
        for name, value in list(vars(klass).items()):
            if name not in state and not name.startswith("__"):
                with contextlib.suppress(Exception):  # a learner's container may refuse
                    held = _held(value)
                    if held is not None:
                        state[name] = held
    return state


# A class-level table can be large (a lookup read by every object): each case looks at
# its size and at most this many of its items (or bytes of an array), so that looking
# costs the learner's run next to nothing. A change past them goes unnamed.
HELD_LOOKED_AT = 1000


def _held(value: Any) -> Any:
    if isinstance(value, dict):
        items = itertools.islice(value.items(), HELD_LOOKED_AT)
        return len(value), tuple((id(k), id(v)) for k, v in items)
    if isinstance(value, set):
        return len(value), tuple(map(id, itertools.islice(value, HELD_LOOKED_AT)))
    if isinstance(value, list | collections.deque):
        half = HELD_LOOKED_AT // 2
        first, last = itertools.islice(value, half), itertools.islice(reversed(value), half)
        return len(value), tuple(map(id, first)), tuple(map(id, last))
    if isinstance(value, bytearray):
        return len(value), bytes(value[: HELD_LOOKED_AT * 8])
    if type(value).__module__ == "numpy" and hasattr(value, "flat"):  # an array
        return value.shape, value.flat[:HELD_LOOKED_AT].tobytes()
    return None


def run_timed(request: dict[str, Any], host: Any, result_fd: int) -> dict[str, Any]:
    """A speed run: decode a copy of the input per call, say "ready", then load the
    learner's code and make the calls, each on its own copy.

    The host reads the kernel's CPU count of this sandbox between "ready" and the
    result. Before "ready" only this driver's code has run, so nothing the learner
    wrote can work while the clock is stopped; after it, everything the learner's
    code does is counted. Separate copies mean a result remembered by the
    arguments' identity, or an argument changed in place, never reaches the next call.
    """
    filename = request["filename"]
    case = json.loads(host.readline())
    copies = [
        (_inputs(case["args"]), _inputs(case["kwargs"])) for _ in range(int(request["number"]))
    ]
    del case
    _import_ahead(request["source"])
    warm_torch()
    os.write(result_fd, b"ready\n")
    # The host reads the kernel's CPU count when "ready" reaches it, then says "go": the
    # clock starts while this process waits, however late the host reads.
    if host.readline() != "go\n":
        return {
            "load_error": {"type": "RuntimeError", "message": "the host did not start the clock"}
        }
    try:
        module = _load(request["source"], filename)
        target = getattr(module, request["entry"])
    except BaseException as exc:
        return {"load_error": _error(exc, filename)}
    result: Any = None
    try:
        for args, kwargs in copies:
            result = target(*args, **kwargs)
    except Exception as exc:
        return {"results": [{"ok": False, "error": _error(exc, filename)}]}
    return {"results": [_value(result)]}


def _import_ahead(source: str) -> None:
    """Import the installed modules `source` names, so that importing is not timed.

    Only installed packages can be found here (the interpreter runs isolated: neither
    the scratch folder nor the environment is on the path), and none of them knows
    the input; a module that is missing or fails is left for the learner's code to meet.
    """
    import ast
    import importlib

    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names += [node.module] + [f"{node.module}.{a.name}" for a in node.names]
    for name in names:  # "from numpy import sqrt" tries numpy.sqrt too: a miss, quickly
        with contextlib.suppress(Exception):
            importlib.import_module(name)


_torch_warm = False  # a child forked from a warm zygote inherits True


def warm_torch() -> None:
    """PyTorch imports some of itself on first use, seconds of it on a busy machine: an
    optimizer's first step imports TorchDynamo, a backward pass given its gradient
    imports torch.fx's symbolic shapes (and SymPy). A zygote does this once for every
    child; a timed run where PyTorch is imported does it before "ready", so that a
    timing counts the code and not those imports."""
    global _torch_warm
    torch: Any = sys.modules.get("torch")
    if torch is None or _torch_warm:
        return
    _torch_warm = True
    layer = torch.nn.Linear(2, 1)
    optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
    layer(torch.ones(3, 2)).sum().backward()
    optimizer.step()
    optimizer.zero_grad()
    scores = layer(torch.ones(3, 2)).squeeze(1)
    torch.autograd.grad(scores, layer.weight, grad_outputs=torch.ones(3))


WARM_UP_SOURCE = """
def f(x, scale=1.0, *, label=""):
    values = [v * scale for v in range(3)]
    return {"x": x, "values": values, "label": label, "pairs": (1, 2.5, None, True)}
"""


def warm_up() -> None:
    """Run the driver's own paths once, on made-up values, before a request arrives.

    This process was forked from a warm zygote: the first write to each page it shares
    (a reference count is enough) copies the page, and the first call of each code path
    pays for that. Paying it here, while the prepared process waits, keeps it out of the
    learner's check. Only the driver's trusted code runs; nothing of it stays behind.
    """
    import numpy as np

    array = np.arange(12, dtype=np.float64).reshape(3, 4)
    values: list[Any] = [array, array.astype(np.int64), array > 5, 2.5, 3, "text", [1, 2]]
    array.mean(axis=0), array.std(axis=0), array.sum(axis=1), np.divide(array, 2.0)
    pd = sys.modules.get("pandas")
    if pd is not None:
        frame = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": ["x", "y", "z"]})
        values += [frame, frame["a"]]
        frame.groupby("b")["a"].mean()
    cases = [{"args": codec.encode([v]), "kwargs": codec.encode({"label": "w"})} for v in values]
    request = {"filename": "<warm-up>", "source": WARM_UP_SOURCE, "entry": "f", "mode": "call"}
    outcome = run(json.loads(json.dumps(dict(request, cases=cases))))
    json.dumps(outcome, allow_nan=False)
    sys.modules.pop("submission", None)


# What this process's own memory already counts against RLIMIT_DATA when the limit
# arrives with the request (a child forked from a warm zygote inherits the zygote's).
DATA_BASE = 0


def apply_limits(limits: dict[str, Any]) -> None:
    """The run's own limits, set before any learner code runs; a hard limit cannot be
    raised again by a process without capabilities."""
    import resource

    cpu = int(limits["cpu_s"])
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    data = DATA_BASE + int(limits["memory_bytes"])
    resource.setrlimit(resource.RLIMIT_DATA, (data, data))
    size = int(limits["file_bytes"])
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))


def main() -> None:
    result_fd = int(sys.argv[1])
    own_pid = os.getpid()
    host = os.fdopen(os.dup(0), "r", encoding="utf-8")  # the host's channel, kept private
    request = json.loads(host.readline())
    if "limits" in request:
        apply_limits(request["limits"])
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    # Reads give nothing: stdin is closed to the learner.
    sys.stdin = open(0, closefd=False)  # noqa: SIM115
    try:
        if request["mode"] == "timed":
            outcome = run_timed(request, host, result_fd)
        else:
            host.close()
            outcome = run(request, result_fd)
    except BaseException as exc:
        # Past loading (a BaseException from a call, or one raised while reporting, such
        # as MemoryError after deep recursion): say so, so the message does not blame loading.
        error = _error(exc, request.get("filename", ""))
        outcome = {"load_error": dict(error, phase="running")}
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    if os.getpid() != own_pid:
        # A copy the learner's code forked, which ran on to here. Its report would race
        # the original's (the original's exit may end it first), so only the original
        # reports, and the verdict does not depend on which came first.
        os._exit(0)
    with os.fdopen(result_fd, "w", encoding="utf-8") as out:
        out.write(json.dumps(outcome, allow_nan=False) + "\n")
        if request["mode"] == "timed":
            # The host reads the CPU count again when the result reaches it, then closes
            # the channel: until then this process waits, so its exit is not counted.
            out.flush()
            with contextlib.suppress(Exception):
                host.read()
    # Done: closing the output now tells the host so at once, before the kernel has
    # unmapped this process's memory (slow for a child forked from a large zygote).
    for fd in (1, 2):
        with contextlib.suppress(OSError):
            os.close(fd)


if __name__ == "__main__":
    main()
