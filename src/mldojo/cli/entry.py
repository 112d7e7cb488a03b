"""The `mldojo` command's entry point: quiet on Ctrl-C from its first moment.

Importing the command-line app (Typer, Rich, the settings) takes a good part of a
tenth of a second, and a Ctrl-C or SIGTERM during it would print Python's traceback.
Until `mldojo.cli.main.main` installs its own handlers, either one ends the command
at once, quietly, before anything was done.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType

from mldojo.errors import Interrupted


def _stop_early(_signum: int, _frame: FrameType | None) -> None:
    sys.stderr.write("Interrupted before the command began: nothing was done.\n")
    raise SystemExit(Interrupted.exit_code)


def main() -> None:
    signal.signal(signal.SIGINT, _stop_early)
    signal.signal(signal.SIGTERM, _stop_early)
    from mldojo.cli.main import main as run

    run()
