import math
import sqlite3


class InvalidRow(ValueError):
    pass


class FeatureSink:
    """Rows written one at a time inside an explicit transaction; a bad row rolls it back."""

    def __init__(self):
        self.db = sqlite3.connect(":memory:", isolation_level=None)  # explicit BEGIN/COMMIT
        self.db.execute("CREATE TABLE features (user_id TEXT NOT NULL, day TEXT NOT NULL, "
                        "value REAL NOT NULL, UNIQUE (user_id, day))")
        self.db.execute("CREATE TABLE batches (batch_id TEXT UNIQUE)")

    def load(self, batch_id, rows):
        seen = self.db.execute("SELECT COUNT(*) FROM batches WHERE batch_id = ?",
                               (batch_id,)).fetchone()[0]
        if seen:
            return 0
        before = {(u, d): self.get(u, d) for u, d, _ in rows}
        self.db.execute("BEGIN")
        try:
            for user, day, value in rows:
                if value is None or math.isnan(value):
                    raise InvalidRow(f"{user}/{day} has no value")
                self.db.execute("INSERT OR REPLACE INTO features VALUES (?, ?, ?)",
                                (user, day, value))
            self.db.execute("INSERT INTO batches VALUES (?)", (batch_id,))
        except InvalidRow:
            self.db.execute("ROLLBACK")
            return -1
        self.db.execute("COMMIT")
        return sum(self.get(u, d) != old for (u, d), old in before.items())

    def get(self, user_id, day):
        for (value,) in self.db.execute(
                "SELECT value FROM features WHERE user_id = ? AND day = ?", (user_id, day)):
            return value
        return None

    def count(self):
        (n,) = self.db.execute("SELECT COUNT(*) FROM features").fetchone()
        return n

    def snapshot(self):
        rows = self.db.execute("SELECT user_id, day, value FROM features").fetchall()
        return sorted(rows, key=lambda row: (row[0], row[1]))
