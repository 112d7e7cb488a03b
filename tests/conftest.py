"""Shared fixtures: real content, a private data directory, real databases, the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest
from sqlalchemy import create_engine, text

from mldojo.grading.pool import ZygotePool
from mldojo.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
BROADCAST = "stack.numpy.broadcast_add"


def copy_exercises(target: Path, *ids: str) -> Path:
    """A content root holding the real skill map and the named real exercises."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(CONTENT / "skills.toml", target / "skills.toml")
    for exercise_id in ids:
        relative = Path(*exercise_id.split("."))
        shutil.copytree(
            CONTENT / relative, target / relative, ignore=shutil.ignore_patterns("__pycache__")
        )
    return target


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A small, stable content root: one real exercise."""
    return copy_exercises(tmp_path / "content", BROADCAST)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def settings(home: Path, content: Path) -> Settings:
    return Settings(
        home=home,
        db_url=f"sqlite:///{home / 'mldojo.db'}",
        workspace=home / "workspace",
        content_root=content,
    )


@dataclass
class Cli:
    """Runs the real `mldojo` command in a subprocess with a private data directory."""

    env: dict[str, str]
    cwd: Path

    def __call__(
        self, *args: str, input: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return self.run_python("-m", "mldojo", *args, input=input, timeout=timeout)

    def run_python(
        self, *args: str, input: str | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Python with these arguments, in the CLI's environment (`-X importtime ...`)."""
        return subprocess.run(
            [sys.executable, *args],
            env=self.env,
            cwd=self.cwd,
            input=input,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def with_stdout(self, stdout: int | IO[str], *args: str) -> subprocess.CompletedProcess[str]:
        """`mldojo` with its output on `stdout` (a file or a descriptor), stderr captured."""
        return subprocess.run(
            [sys.executable, "-m", "mldojo", *args],
            env=self.env,
            cwd=self.cwd,
            stdout=stdout,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "mldojo", *args],
            env=self.env,
            cwd=self.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
        )


@pytest.fixture
def cli(home: Path, content: Path, tmp_path: Path) -> Cli:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLDOJO_")}
    env.update(
        MLDOJO_HOME=str(home),
        MLDOJO_CONTENT=str(content),
        # Graded in the CLI's own process: a warm grader per test would cost more than it
        # saves (tests/cli/test_grader.py covers the grader process).
        MLDOJO_GRADER="inline",
        COLUMNS="200",
        PYTHONUNBUFFERED="1",
    )
    return Cli(env=env, cwd=tmp_path)


@pytest.fixture
def real_cli(cli: Cli) -> Cli:
    """The CLI on the bundled catalog."""
    cli.env.pop("MLDOJO_CONTENT")
    return cli


def postgres_url() -> str | None:
    url = os.environ.get("MLDOJO_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail(
                "MLDOJO_TEST_POSTGRES_URL is not set: run the tests with scripts/test, "
                "which starts PostgreSQL."
            )
        pytest.skip("no PostgreSQL: run the tests with scripts/test to start one")
    return url


@pytest.fixture
def postgres_db() -> Iterator[str]:
    """A fresh, empty PostgreSQL database on the test server, dropped afterwards."""
    server = postgres_url()
    assert server is not None
    name = f"mldojo_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each store test runs on SQLite and on a real PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("postgres_db")
    return url


@pytest.fixture(scope="session")
def warm_pool() -> Iterator[ZygotePool]:
    """One warm pool per test process, its zygotes started on first use."""
    pool = ZygotePool()
    yield pool
    pool.close()
