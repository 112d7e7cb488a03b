"""The learning journal and streaks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from mldojo.errors import UsageError
from mldojo.learning.journal import (
    MAX_ENTRY_CHARS,
    activity_days,
    add_entry,
    entries,
    streak,
    streak_of,
)
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, Learner
from mldojo.store.schema import open_store

D = date(2026, 5, 10)


@pytest.fixture
def store(db_url: str) -> Store:
    opened = open_store(db_url)
    opened.write(lambda s: s.add(Learner(id="amy", display_name="Amy")))
    return opened


def test_entries_are_kept_newest_first_and_per_learner(store: Store) -> None:
    store.write(lambda s: s.add(Learner(id="bob", display_name="Bob")))
    first = add_entry(store, learner="amy", text="  Broadcasting aligns trailing axes  ")
    second = add_entry(store, learner="amy", text="Stratify folds when classes are rare")
    add_entry(store, learner="bob", text="Not Amy's")
    notes = entries(store, learner="amy")
    assert [n.text for n in notes] == [second.text, "Broadcasting aligns trailing axes"]
    assert notes[1].id == first.id and notes[0].created_at >= notes[1].created_at
    assert [n.text for n in entries(store, learner="amy", limit=1)] == [second.text]
    assert set(notes[0].to_json()) == {"id", "text", "created_at"}


@pytest.mark.parametrize(
    ("text", "words"), [("   ", "empty"), ("x" * (MAX_ENTRY_CHARS + 1), "split it")]
)
def test_bad_entries_get_a_clear_error(store: Store, text: str, words: str) -> None:
    with pytest.raises(UsageError, match=words):
        add_entry(store, learner="amy", text=text)
    assert entries(store, learner="amy") == []


def test_a_bad_limit_is_refused(store: Store) -> None:
    with pytest.raises(UsageError, match="'?0'? is not a positive"):
        entries(store, learner="amy", limit=0)


def days(*offsets: int) -> list[date]:
    return [D - timedelta(days=o) for o in offsets]


def test_streaks_count_days_in_a_row() -> None:
    assert streak_of([], D).current == 0
    today = streak_of(days(0, 1, 2, 5, 6), D)
    assert (today.current, today.longest, today.today, today.active_days) == (3, 3, True, 5)
    # Nothing yet today: the streak still stands on yesterday's work.
    yesterday = streak_of(days(1, 2), D)
    assert (yesterday.current, yesterday.today) == (2, False)
    broken = streak_of(days(2, 3, 4, 5), D)
    assert (broken.current, broken.longest) == (0, 4)
    assert streak_of(days(0, 0, 0), D).current == 1  # several things on one day count once
    assert streak_of([D + timedelta(days=1)], D).current == 0  # the future does not count


def test_checks_and_journal_entries_both_keep_the_streak(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'streak.db'}")
    store.write(lambda s: s.add(Learner(id="amy", display_name="Amy")))
    now = datetime(2026, 5, 10, 20, 0, tzinfo=UTC)

    def attempt_on(day: datetime) -> None:
        store.write(
            lambda s: s.add(
                Attempt(
                    learner_id="amy",
                    exercise_id="stack.numpy.broadcast_add",
                    exercise_version="v",
                    status="passed",
                    passed=True,
                    started_at=day,
                )
            )
        )

    attempt_on(now - timedelta(days=2))
    add_entry(store, learner="amy", text="Read the Adam paper", at=now - timedelta(days=1))
    attempt_on(now)
    found = streak(store, learner="amy", now=now, zone=UTC)
    assert (found.current, found.today) == (3, True)
    # Days are the learner's own: 23:30 UTC is already the next day in UTC+2.
    late = datetime(2026, 5, 11, 23, 30, tzinfo=UTC)
    add_entry(store, learner="amy", text="Late night", at=late)
    plus_two = timezone(timedelta(hours=2))
    assert date(2026, 5, 12) in activity_days(store, learner="amy", zone=plus_two)
    assert date(2026, 5, 11) in activity_days(store, learner="amy", zone=UTC)
    store.dispose()


def test_days_follow_the_machine_s_summer_time_not_today_s_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    from mldojo.learning.journal import local_zone

    # Central European time with its summer time, written out (no zone database needed).
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")
    time.tzset()
    try:
        zone = local_zone()
        summer_evening = datetime(2026, 7, 10, 22, 30, tzinfo=UTC)  # 00:30 on the 11th there
        winter_evening = datetime(2026, 12, 10, 22, 30, tzinfo=UTC)  # 23:30 on the 10th
        assert summer_evening.astimezone(zone).date().day == 11
        assert winter_evening.astimezone(zone).date().day == 10
    finally:
        monkeypatch.undo()
        time.tzset()
