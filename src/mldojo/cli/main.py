"""`mldojo`: every command declares its options and calls one function below it.

Heavy modules (SQLAlchemy, NumPy, the grader) are imported inside the commands,
so `mldojo --help` answers at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import signal
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from mldojo import __version__
from mldojo.settings import WEB_HOST, WEB_PORT

if TYPE_CHECKING:
    from mldojo.learning.dojo import Dojo
    from mldojo.settings import Settings

app = typer.Typer(
    name="mldojo",
    help="Practice, grading and readiness for machine-learning engineers.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(
    help="Manage the progress database.", add_completion=False, no_args_is_help=True
)
app.add_typer(db_app, name="db")
grader_app = typer.Typer(
    help="The local grader process that keeps checks warm.",
    add_completion=False,
    no_args_is_help=True,
)
app.add_typer(grader_app, name="grader")
journal_app = typer.Typer(
    help="Your learning journal: what you learned, in your own words.",
    add_completion=False,
    no_args_is_help=True,
)
app.add_typer(journal_app, name="journal")

_packs: list[Path] = []

IdArg = Annotated[
    str, typer.Argument(metavar="EXERCISE_ID", help="Exercise id, e.g. stack.numpy.broadcast_add.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def _path(value: str | Path) -> Path:
    """A path given on the command line, `~` expanded even where no shell did (quoted);
    an empty one is refused, not taken for the current directory (`--pack "$PACK"` with
    PACK unset would load every folder below it)."""
    if isinstance(value, Path):
        return value
    if not value.strip():
        raise typer.BadParameter(
            "the path is empty: give a file or folder name (is a shell variable unset?)"
        )
    return Path(value).expanduser()


def _settings() -> Settings:
    """The settings with this command's --pack folders."""
    from mldojo.settings import Settings

    return Settings.from_env(extra_packs=_packs)


def _dojo() -> Dojo:
    from mldojo.learning.dojo import Dojo

    return Dojo(_settings())


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mldojo {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    pack: Annotated[
        list[Path] | None,
        typer.Option(
            "--pack",
            metavar="DIR",
            parser=_path,
            help="Add a content pack folder (repeatable; MLDOJO_PACKS also works).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """With no command: the home screen (areas, progress, what to do next)."""
    _packs[:] = [p.expanduser().absolute() for p in pack or []]
    if _packs:  # the commands it shows name them too
        from mldojo.cli import render

        render.use_packs(_packs)
    if ctx.invoked_subcommand is None:
        from mldojo.cli import render
        from mldojo.learning.dojo import home

        render.home(home(_dojo()))


@app.command("list")
def list_(
    area: Annotated[str | None, typer.Option(help="Only this area (python, math, ...).")] = None,
    kind: Annotated[str | None, typer.Option(help="Only this kind (function, class, ...).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """The catalog, grouped by area, with your status on each exercise."""
    from mldojo.cli import render
    from mldojo.learning.dojo import catalog_listing, unavailable

    dojo = _dojo()
    # "Python", as the home screen titles it, is the area python: ids are lower case.
    area, kind = (value.lower() if value else value for value in (area, kind))
    listing = catalog_listing(dojo, area=area, kind=kind)
    missing = {e.id: why for e, _ in listing if (why := unavailable(dojo, e))}
    if as_json:
        _print_json(
            {
                "exercises": [
                    dict(e.summary(), status=s.value, available=e.id not in missing)
                    for e, s in listing
                ]
            }
        )
    else:
        render.listing(listing, unavailable=missing)


@app.command()
def show(exercise_id: IdArg) -> None:
    """The statement, with kind, difficulty, minutes and limits."""
    from mldojo.cli import render
    from mldojo.learning.dojo import unavailable

    dojo = _dojo()
    exercise = dojo.catalog.get(exercise_id)
    render.statement(exercise, unavailable=unavailable(dojo, exercise))


@app.command()
def start(
    exercise_id: IdArg,
    fresh: Annotated[
        bool,
        typer.Option(
            "--fresh",
            help="Start over from the starter; your file is kept beside it as NAME.old-N.py.",
        ),
    ] = False,
) -> None:
    """Write the starter into your workspace (never over your edits) and print its path."""
    from mldojo.cli import render
    from mldojo.learning.dojo import start as start_exercise

    render.started(exercise_id, start_exercise(_dojo(), exercise_id, fresh=fresh), fresh=fresh)


@app.command()
def check(
    exercise_id: IdArg,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            metavar="PATH",
            parser=_path,
            help="Grade this file instead of the workspace file.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Grade your file and record the attempt. Exit 0 passed, 1 failed, 2 usage error."""
    from mldojo.cli import render

    settings = _settings()
    result = None
    if settings.grader == "process":  # the warm grader checks and records it
        from mldojo.learning.remote import check_in_grader

        result = check_in_grader(settings, exercise_id, file)
    if result is None:  # inline, or no grader could be reached: grade in this process
        from dataclasses import replace

        from mldojo.learning.dojo import Dojo
        from mldojo.learning.dojo import check as check_exercise

        dojo = Dojo(replace(settings, grader="inline"))  # not the grader just given up on
        result = check_exercise(dojo, exercise_id, file=file)
    if as_json:
        _print_json(result.to_json())
    else:
        render.verdict(result)
    raise typer.Exit(0 if result.verdict.passed else 1)


@app.command()
def watch(exercise_id: IdArg) -> None:
    """Re-check on every save of the workspace file; move on once it passes."""
    from mldojo.cli.watching import watch_loop

    raise typer.Exit(watch_loop(_dojo(), exercise_id))


@app.command()
def hint(exercise_id: IdArg) -> None:
    """Show one more hint (each call reveals the next one; views are recorded)."""
    from mldojo.cli import render
    from mldojo.learning.dojo import hint as next_hint

    render.hint(exercise_id, next_hint(_dojo(), exercise_id))


@app.command()
def solution(
    exercise_id: IdArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Show the reference and its note, after confirmation; later attempts are marked."""
    from mldojo.cli import render
    from mldojo.errors import NotConfirmed
    from mldojo.learning.dojo import solution as view_solution

    dojo = _dojo()
    exercise = dojo.catalog.get(exercise_id)
    if not yes:
        if not sys.stdin.isatty():
            raise NotConfirmed(
                f"Showing the solution of '{exercise_id}' needs confirmation: run it in a "
                "terminal, or pass --yes."
            )
        question = (
            "Seeing the solution marks your later attempts on this exercise as "
            "after-solution. Show it?"
        )
        try:
            confirmed = typer.confirm(question, default=False)
        except typer.Abort:  # Ctrl-D: no answer is a no, not a failed check (exit 1)
            typer.echo()
            confirmed = False
        if not confirmed:
            smaller = f"{render.mldojo(markup=False)} hint {exercise.id}"
            typer.echo(f"Not shown. `{smaller}` gives a smaller push.")
            raise typer.Exit(0)
    render.solution(exercise, view_solution(dojo, exercise_id))


@app.command()
def progress(as_json: JsonOpt = False) -> None:
    """Attempts and passes per area and per exercise."""
    from mldojo.cli import render
    from mldojo.learning.progress import progress_report

    dojo = _dojo()
    report = progress_report(dojo.catalog, dojo.store, learner=dojo.learner)
    if as_json:
        _print_json(report)
    else:
        render.progress(report)


@app.command("next")
def next_(as_json: JsonOpt = False) -> None:
    """The three best next exercises, each with its reason."""
    from mldojo.cli import coaching
    from mldojo.learning.dojo import next_steps

    found = next_steps(_dojo())
    if as_json:
        _print_json({"next": [r.to_json() for r in found]})
    else:
        coaching.next_steps(found)


@app.command()
def review(as_json: JsonOpt = False) -> None:
    """Skills due for review, each with a fresh exercise; starts the first one's file."""
    from mldojo.cli import coaching
    from mldojo.learning.dojo import start_review

    items, begun = start_review(_dojo())
    if as_json:
        _print_json(
            {
                "due": [i.to_json() for i in items],
                "started": begun.to_json() if begun else None,
            }
        )
    else:
        coaching.review(items, begun)


@journal_app.command("add")
def journal_add(
    text: Annotated[
        list[str],
        typer.Argument(
            metavar="TEXT",
            help="What you learned, in a sentence or a few (quoted, or as plain words).",
            show_default=False,
        ),
    ],
) -> None:
    """Add an entry to your learning journal (it counts towards your streak)."""
    from mldojo.cli import coaching
    from mldojo.learning.dojo import journal_add as add_entry

    # `mldojo journal add Broadcasting aligns trailing axes` is one entry, as quoted.
    coaching.journal_added(add_entry(_dojo(), " ".join(text)))


@journal_app.command("list")
def journal_list(
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", min=1, max=100_000, help="Only the newest N entries.", show_default=False
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Your journal entries, newest first."""
    from mldojo.cli import coaching
    from mldojo.learning.dojo import journal_list as list_entries

    notes = list_entries(_dojo(), limit=limit)
    if as_json:
        _print_json({"entries": [n.to_json() for n in notes]})
    else:
        coaching.journal(notes)


@app.command()
def report(
    html: Annotated[
        Path | None,
        typer.Option(
            "--html",
            metavar="FILE",
            parser=_path,
            help="Also write a self-contained HTML report.",
        ),
    ] = None,
    pdf: Annotated[
        Path | None,
        typer.Option("--pdf", metavar="FILE", parser=_path, help="Also write a PDF report."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """The readiness report: each area's score, interval and evidence, and a week's plan."""
    from mldojo.cli import coaching
    from mldojo.learning.dojo import check_report_targets, readiness_report, write_report

    check_report_targets(html, pdf)  # before any work: refuse a path that loses a file
    data = readiness_report(_dojo())
    written = write_report(data, html=html, pdf=pdf)
    if as_json:
        _print_json(data.to_json())
    else:
        coaching.report(data, written)


@app.command()
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH",
            parser=_path,
            help="Exercise or pack folders to validate (default: the whole catalog).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOpt = False,
    mutants: Annotated[
        bool,
        typer.Option(
            "--mutants",
            help="Also grade mutants of each reference and report the share the checks "
            "kill (fails below 0.7 for an exercise or a median below 0.9).",
        ),
    ] = False,
    show_survivors: Annotated[
        bool,
        typer.Option("--show-survivors", help="With --mutants, list the mutants that pass."),
    ] = False,
    max_mutants: Annotated[
        int,
        typer.Option(
            "--max-mutants",
            min=1,
            metavar="N",
            help="With --mutants, grade at most N mutants per exercise (a fixed sample).",
        ),
    ] = 60,
) -> None:
    """Check every exercise: schema, reference passes, starter fails, and (--mutants)
    how many mutants of the reference its checks kill."""
    from mldojo.cli.validating import run_validate

    ok = run_validate(
        _dojo(),
        paths or [],
        as_json=as_json,
        mutants=mutants,
        show_survivors=show_survivors,
        max_mutants=max_mutants,
    )
    raise typer.Exit(0 if ok else 1)


@app.command()
def doctor(as_json: JsonOpt = False) -> None:
    """Which sandbox protections this machine gives learner code, and how to add the rest."""
    from mldojo.cli import render
    from mldojo.grading.pool import warm_protection
    from mldojo.grading.sandbox import protections

    found = [*protections(), warm_protection()]
    if as_json:
        _print_json(
            {"protections": [{"name": p.name, "on": p.on, "detail": p.detail} for p in found]}
        )
    else:
        render.doctor(found)


@grader_app.command("status")
def grader_status(as_json: JsonOpt = False) -> None:
    """Whether the grader runs, its warm zygotes and their memory."""
    from mldojo.cli import render
    from mldojo.grading import client
    from mldojo.settings import Settings

    found = client.status(Settings.from_env())
    if as_json:
        _print_json(found)
    else:
        render.grader_status(found)


@grader_app.command("start")
def grader_start() -> None:
    """Start the grader now (the first check starts it anyway) and warm its zygotes."""
    from mldojo.grading import client
    from mldojo.settings import Settings

    settings = Settings.from_env()
    client.start(settings)
    # The running grader's own idle time (MLDOJO_GRADER_IDLE_S, as it was when it started).
    idle = client.status(settings).get("idle_exit_s")
    typer.echo(f"The grader is running; it stops after {_idle_words(idle)} without checks.")


@grader_app.command("serve")
def grader_serve() -> None:
    """Run the grader in this terminal (what `start` and the first check run in the
    background); it logs to its folder and stops when idle or on `grader stop`."""
    from mldojo.grading import client
    from mldojo.grading.wire import log_path
    from mldojo.learning.service import main as serve
    from mldojo.settings import Settings

    settings = Settings.from_env()
    found = client.status(settings)
    if found.get("running"):  # it would end at once, having said nothing
        typer.echo(
            f"A grader already serves this data directory (pid {found.get('pid')}), and "
            "this one is not started: `mldojo grader stop` stops that one.",
            err=True,
        )
        raise typer.Exit(0)
    typer.echo(
        f"The grader serves {found.get('socket')}, logging to {log_path(settings)}; "
        "Ctrl-C or `mldojo grader stop` stops it."
    )
    raise typer.Exit(serve())


@grader_app.command("stop")
def grader_stop() -> None:
    """Stop the grader (the next check starts a new one)."""
    from mldojo.grading import client
    from mldojo.settings import Settings

    if client.stop(Settings.from_env(), force=True):
        typer.echo("The grader has stopped.")
    else:
        typer.echo("No grader was running.")


def _idle_words(idle_s: float | None = None) -> str:
    from mldojo.cli.render import counted
    from mldojo.grading.wire import IDLE_EXIT_S

    seconds = int(IDLE_EXIT_S if idle_s is None else idle_s)
    if seconds < 120 and seconds % 60:
        return counted(seconds, "idle second")
    return counted(seconds // 60, "idle minute")


@app.command()
def serve(
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on (0: any free one).")
    ] = WEB_PORT,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to bind; the default answers this machine only. 0.0.0.0 serves "
            "the network, with no login: only on a network you trust.",
        ),
    ] = WEB_HOST,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the app in a browser once it answers.")
    ] = False,
) -> None:
    """The web app: read, code, check, take hints and see progress in the browser."""
    import os

    # The web app is a sibling interface, never imported here: it runs as its own
    # program (`python -m mldojo.web`) in this process's place, with the same settings.
    settings = _settings()  # a bad setting fails here, clearly
    env = dict(os.environ, MLDOJO_PACKS=os.pathsep.join(str(p) for p in settings.packs))
    argv = [sys.executable, "-m", "mldojo.web", "--port", str(port), "--host", host]
    os.execve(sys.executable, [*argv, *(["--open"] if open_browser else [])], env)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create the database or bring it to the newest schema."""
    from mldojo.store.schema import current_revision

    dojo = _dojo()
    typer.echo(
        f"Database ready at {dojo.settings.db_url} (schema {current_revision(dojo.store.engine)})."
    )


@db_app.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision ('base' drops every table).")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm dropping data.")] = False,
) -> None:
    """Step the schema back to REVISION (for developers; may drop data)."""
    from mldojo.errors import NotConfirmed
    from mldojo.settings import Settings
    from mldojo.store.engine import make_engine
    from mldojo.store.schema import downgrade

    if not yes:
        raise NotConfirmed("Downgrading can drop your progress: pass --yes if you mean it.")
    downgrade(make_engine(Settings.from_env().db_url), revision)
    typer.echo(f"Database downgraded to {revision}.")


def _print_json(data: Any) -> None:
    if sys.stdout is None:  # started with its output closed (`mldojo list >&-`)
        return
    try:
        # No `default=`: a value JSON has no type for (a NumPy bool, a datetime) is a bug
        # in the command, and must fail its tests, not reach a reader as text.
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    except BrokenPipeError:
        _output_gone()


def _fail(message: str, code: int, kind: str) -> NoReturn:
    if "--json" in sys.argv[1:]:
        try:
            _print_json({"error": {"type": kind, "message": message}})
        except OSError:  # the output itself fails (a full disk): stderr still says it
            _silence_stdout()
    from rich.console import Console
    from rich.markup import escape

    # Escaped here, for the terminal alone: a message holds paths, ids and exception
    # text with brackets, which Rich would read as markup (and JSON must not see escaped).
    Console(stderr=True, highlight=False, soft_wrap=True).print(
        f"[red]{escape(message)}[/red]", markup=True
    )
    sys.exit(code)


def _usage_error(exc: typer.TyperException) -> NoReturn:
    """A bad option or argument that Typer found before any command ran."""
    context = getattr(exc, "ctx", None)
    command = context.command_path if context is not None else "mldojo"
    hint = ""
    unknown = str(getattr(exc, "option_name", "") or "")
    # "-1", or any text in a journal entry ("- a bullet", "-learned"): text, not an option
    if unknown[1:2].isdigit() or (unknown and command.endswith("journal add")):
        import shlex

        depth, level = 0, context  # how many command words (journal, add) precede the text
        while level is not None and level.parent is not None:
            depth, level = depth + 1, level.parent
        given = [w for w in sys.argv[1 + depth :] if w != "--json"]
        example = shlex.join(given) or unknown
        hint = (
            f"text or a number that starts with '-' goes after --, as in `{command} -- {example}`"
        )
    if "--json" not in sys.argv[1:]:
        show = getattr(exc, "show", None)  # the usage text and error line, as always
        if show is not None:
            show()
        else:
            typer.echo(f"Error: {exc.format_message()}", err=True)
        if hint:
            typer.echo(hint[0].upper() + hint[1:] + ".", err=True)
        sys.exit(exc.exit_code)

    message = exc.format_message().rstrip(".")
    more = f"; {hint}" if hint else ""
    _fail(f"{message}: see `{command} --help`{more}.", exc.exit_code, "UsageError")


class _OutputError(OSError):
    """Writing this process's output failed (a full disk, a device error)."""


class _Output:
    """sys.stdout, with a failure to write it told apart from every other OSError (the
    report's file, the database's), so that it gets its own sentence."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:  # the reader went away: ended quietly elsewhere
            raise
        except OSError as exc:
            raise _OutputError(exc.errno, exc.strerror) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _OutputError(exc.errno, exc.strerror) from exc

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _silence_stdout() -> None:
    """Point the output at /dev/null, so that the text still buffered for it is dropped
    at exit instead of failing again there with a traceback."""
    import os

    with contextlib.suppress(OSError, AttributeError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _output_failed(exc: OSError) -> NoReturn:
    """The output could not be written (`mldojo list --json > /dev/full`): say so on
    stderr (never as JSON on the output that fails), and exit 2."""
    from rich.console import Console
    from rich.markup import escape

    _silence_stdout()
    message = (
        f"mldojo could not write its output ({exc.strerror or exc}): send it where there "
        "is room (a terminal, or a file on a disk with space left); what the command "
        "recorded is kept."
    )
    with contextlib.suppress(OSError):
        Console(stderr=True, highlight=False, soft_wrap=True).print(
            f"[red]{escape(message)}[/red]", markup=True
        )
    sys.exit(2)


def _output_gone() -> NoReturn:
    """The reader of the output went away (`mldojo list | head -1`): end quietly, as
    SIGPIPE ends other tools, rather than with an error about the pipe."""
    import os

    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing is left to flush at exit
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGPIPE)
    sys.exit(128 + signal.SIGPIPE)  # where the signal did not end the process


def _interrupt(signum: int, _frame: Any) -> None:
    from mldojo.interrupts import request_stop

    # Not KeyboardInterrupt, which Typer turns into a silent exit: see mldojo.interrupts.
    request_stop()


class _Notices(logging.Handler):
    """The store's notices (a write waiting for a database another program holds) and
    the catalog's (a pack's exercise left out), on stderr as they come, so that a
    command that waits says why, and one that lists says what it left out."""

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            sys.stderr.write(record.getMessage() + "\n")
            sys.stderr.flush()


def _print_notices() -> None:
    for name in ("mldojo.store", "mldojo.catalog"):
        notices = logging.getLogger(name)
        if not any(isinstance(h, _Notices) for h in notices.handlers):
            notices.addHandler(_Notices(logging.WARNING))
            notices.propagate = False


def main() -> None:
    from mldojo.errors import Interrupted, MldojoError
    from mldojo.interrupts import stop_requested

    _print_notices()

    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)
    for stream in (sys.stdout, sys.stderr):
        # A terminal that is not UTF-8 (a Latin-1 locale) gets '?' for a character it
        # cannot show (✓, ★, –), not a crash after the check was recorded.
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    if sys.stdout is not None and not isinstance(sys.stdout, _Output):
        sys.stdout = _Output(sys.stdout)
    try:
        # Not standalone: usage errors come here, to be printed as JSON under --json.
        code = app(standalone_mode=False)
        if sys.stdout is not None:  # None: started with its output closed
            sys.stdout.flush()
    except typer.TyperException as exc:
        _usage_error(exc)
    except typer.Abort:  # end of input at a prompt (Ctrl-C is Interrupted below)
        _fail("Stopped at the prompt, with no answer: nothing was done.", 1, "Aborted")
    except SystemExit as exc:
        if isinstance(exc.__context__, BrokenPipeError):  # Typer met a closed output pipe
            _output_gone()
        if stop_requested() and exc.code != Interrupted.exit_code:
            _fail(_interrupted_message(), Interrupted.exit_code, "Interrupted")
        raise
    except MldojoError as exc:
        _fail(exc.message, exc.exit_code, exc.kind)
    except Interrupted:
        _fail(_interrupted_message(), Interrupted.exit_code, "Interrupted")
    except BrokenPipeError:
        _output_gone()
    except Exception as exc:
        if type(exc).__module__.startswith("sqlalchemy"):
            _database_failure(exc)
        if isinstance(exc, _OutputError):
            _output_failed(exc)
        log = _log_crash()
        _fail(
            f"mldojo failed unexpectedly ({type(exc).__name__}: {exc}). "
            f"The details are in {log}; please report them.",
            3,
            "InternalError",
        )
    # A command that stopped on Ctrl-C and said so itself exits 130 (`mldojo watch`).
    if stop_requested() and code != Interrupted.exit_code:
        _fail(_interrupted_message(), Interrupted.exit_code, "Interrupted")
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted_message() -> str:
    """What a command stopped by Ctrl-C or SIGTERM tells: only `check` has an attempt
    that the signal can leave unfinished (`watch` says what it stopped itself)."""
    from mldojo.errors import Interrupted

    command = next((word for word in sys.argv[1:] if not word.startswith("-")), "")
    return Interrupted.message if command == "check" else "Interrupted: nothing was lost."


def _database_failure(exc: Exception) -> None:
    """A database failure no command turned into a sentence: say what is wrong (locked,
    read-only, damaged...) and what to do; a failure of mldojo's own SQL goes on."""
    from sqlalchemy.exc import DBAPIError

    from mldojo.settings import Settings
    from mldojo.store.engine import environmental, explain

    if isinstance(exc, DBAPIError) and environmental(exc):
        _fail(explain(exc, Settings.from_env().db_url), 2, "StoreError")


def _log_crash() -> str:
    from mldojo.errors import MldojoError
    from mldojo.settings import Settings

    try:
        path = Settings.from_env().log_file
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return str(path)
    except (OSError, MldojoError):
        return "(no log: the data directory is not usable)"
