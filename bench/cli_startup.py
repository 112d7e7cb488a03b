"""How fast the CLI answers, against a bare Python start measured in the same run.

    .venv/bin/python bench/cli_startup.py [--runs N]

Target: `mldojo --help` well under a second (at most 0.5 s median here), because
commands import SQLAlchemy, NumPy and the grader only when they need them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_HELP_S = 0.5


def median_seconds(command: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "MLDOJO_HOME": home}
        mldojo = [sys.executable, "-m", "mldojo"]
        subprocess.run([*mldojo, "db", "upgrade"], env=env, capture_output=True, check=True)
        rows = [
            ("python -c pass (baseline)", [sys.executable, "-c", "pass"]),
            ("mldojo --help", [*mldojo, "--help"]),
            ("mldojo list", [*mldojo, "list"]),
            ("mldojo progress --json", [*mldojo, "progress", "--json"]),
        ]
        results = {name: median_seconds(cmd, runs, env) for name, cmd in rows}
    base = results["python -c pass (baseline)"]
    print(f"{'command':<28}{'median s':>10}{'x baseline':>12}")
    for name, seconds in results.items():
        print(f"{name:<28}{seconds:>10.3f}{seconds / base:>12.1f}")
    help_s = results["mldojo --help"]
    verdict = "met" if help_s <= TARGET_HELP_S else "MISSED"
    print(f"\nmldojo --help: {help_s:.3f} s (target at most {TARGET_HELP_S} s): {verdict}")
    sys.exit(0 if help_s <= TARGET_HELP_S else 1)


if __name__ == "__main__":
    main()
