"""A locked SQLite database is waited for and retried; the write is never lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from mldojo.store.models import Learner
from mldojo.store.schema import open_store

HOLD_LOCK = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
db.execute("COMMIT")
"""


def test_write_waits_for_a_lock_held_longer_than_sqlite_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    store = open_store(f"sqlite:///{path}")
    # Another process holds the write lock for longer than the 5 s busy timeout,
    # so only the store's own retry loop can get the write through.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), "6.5"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    store.write(lambda session: session.add(Learner(id="patient", display_name="p")))
    assert holder.wait(timeout=30) == 0
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Learner)) == 1
    store.dispose()
