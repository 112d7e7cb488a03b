"""`python -m mldojo.web`: the web app as its own program (what `mldojo serve` runs).

The CLI and the web app are sibling interfaces that never import each other, so the
CLI's `serve` command starts this program in its place, with the same options.
"""

from __future__ import annotations

import argparse
import sys

from mldojo.errors import MldojoError
from mldojo.settings import WEB_HOST, WEB_PORT, Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mldojo serve", description=__doc__)
    parser.add_argument("--port", type=int, default=WEB_PORT)
    parser.add_argument("--host", default=WEB_HOST)
    parser.add_argument("--open", action="store_true", dest="open_browser")
    options = parser.parse_args(argv)
    try:
        from mldojo.web.server import serve

        serve(
            Settings.from_env(),
            host=options.host,
            port=options.port,
            open_browser=options.open_browser,
        )
    except MldojoError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:  # uvicorn hands Ctrl-C back once it has shut down cleanly
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
