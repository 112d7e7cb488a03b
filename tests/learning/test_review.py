"""Spaced review: FSRS cards per skill, their due dates, and the stored cards."""

from __future__ import annotations

from datetime import timedelta

from fsrs import Rating
from sqlalchemy import select

from mldojo.learning.evidence import Evidence
from mldojo.learning.review import ReviewBook, rating_for, replay_reviews, sync_cards
from mldojo.store.models import Learner, ReviewCard, ReviewSync
from mldojo.store.schema import open_store
from tests.learning.history import BROADCASTING, T0, evidence_of, exercise, record

FIRST = exercise("first", difficulty=2)
SECOND = exercise("second", difficulty=2)
THIRD = exercise("third", difficulty=2)
STRETCH = exercise("stretch", difficulty=5)


def book_after(*items: Evidence) -> ReviewBook:
    return replay_reviews(list(items))


def due_in_days(book: ReviewBook, since_day: float) -> float:
    due = book.cards[BROADCASTING].due
    return (due - (T0 + timedelta(days=since_day))).total_seconds() / 86400


def test_no_card_until_the_skill_is_first_passed() -> None:
    fails = evidence_of([FIRST], [record(FIRST, False), record(FIRST, False, day=1)])
    assert book_after(*fails).cards == {}
    copied = evidence_of([FIRST], [record(FIRST, True, solution=True)])
    assert book_after(*copied).cards == {}
    [passed] = evidence_of([FIRST], [record(FIRST, True)])
    book = book_after(passed)
    assert 1 <= due_in_days(book, 0) <= 4
    assert book.due(T0) == [] and [d.skill_id for d in book.due(T0 + timedelta(days=5))] == [
        BROADCASTING
    ]


def test_a_good_review_pushes_the_due_date_out_and_a_lapse_brings_it_back() -> None:
    history = [record(FIRST, True), record(SECOND, True, day=3)]
    good = book_after(*evidence_of([FIRST, SECOND], history))
    first_gap = due_in_days(book_after(*evidence_of([FIRST], history[:1])), 0)
    assert due_in_days(good, 3) > first_gap
    lapse = book_after(*evidence_of([FIRST, SECOND], [history[0], record(SECOND, False, day=3)]))
    assert due_in_days(lapse, 3) < due_in_days(good, 3)
    assert lapse.cards[BROADCASTING].lapses == 1


def test_hints_make_a_review_hard_and_the_interval_shorter() -> None:
    clean = [record(FIRST, True), record(SECOND, True, day=3)]
    hinted = [record(FIRST, True), record(SECOND, True, day=3, hints=1)]
    assert due_in_days(book_after(*evidence_of([FIRST, SECOND], hinted)), 3) < due_in_days(
        book_after(*evidence_of([FIRST, SECOND], clean)), 3
    )


def test_only_the_first_try_of_the_day_is_a_recall() -> None:
    items = evidence_of(
        [FIRST, SECOND],
        [record(FIRST, True), record(SECOND, False, day=3), record(SECOND, True, day=3.01)],
    )
    assert [rating_for(e, 2) for e in items[1:]] == [Rating.Again, None]
    assert book_after(*items).cards[BROADCASTING].reviews == 2


def test_failing_a_harder_exercise_is_a_stretch_not_a_lapse() -> None:
    items = evidence_of([FIRST, STRETCH], [record(FIRST, True), record(STRETCH, False, day=3)])
    assert rating_for(items[1], hardest_passed=2) is None
    assert book_after(*items).cards[BROADCASTING].lapses == 0


def test_a_failed_stretch_never_puts_an_overdue_review_off() -> None:
    """The skill was due on day 3 or so; failing a harder exercise on day 20 shows no
    recall of it, so it stays due as it was (not weeks away, as a Hard rating gave)."""
    passed = evidence_of([FIRST], [record(FIRST, True)])
    items = evidence_of([FIRST, STRETCH], [record(FIRST, True), record(STRETCH, False, day=20)])
    before, after = book_after(*passed), book_after(*items)
    assert after.cards[BROADCASTING].due == before.cards[BROADCASTING].due
    assert [d.skill_id for d in after.due(T0 + timedelta(days=20, hours=1))] == [BROADCASTING]
    # An exercise no harder than one passed is a lapse, and brings the skill back soon.
    lapse = book_after(
        *evidence_of([FIRST, SECOND], [record(FIRST, True), record(SECOND, False, day=20)])
    )
    assert lapse.cards[BROADCASTING].lapses == 1 and due_in_days(lapse, 20) <= 2


def test_due_skills_come_most_overdue_first() -> None:
    other = exercise("indexing", skill="stack.numpy.indexing", difficulty=2)
    book = book_after(
        *evidence_of([FIRST, other], [record(other, True), record(FIRST, True, day=4)])
    )
    found = book.due(T0 + timedelta(days=30))
    assert [d.skill_id for d in found] == ["stack.numpy.indexing", BROADCASTING]
    assert found[0].overdue_days > found[1].overdue_days > 0


def test_stored_cards_follow_new_attempts_once_each(db_url: str) -> None:
    store = open_store(db_url)
    store.write(lambda s: s.add(Learner(id="amy", display_name="Amy")))
    history = [
        record(FIRST, True, attempt_id=1),
        record(SECOND, True, day=3, attempt_id=2),
        record(THIRD, False, day=9, attempt_id=3),
    ]
    items = evidence_of([FIRST, SECOND, THIRD], history)
    sync_cards(store, learner="amy", evidence=items[:2])
    with store.session() as session:
        [card] = session.scalars(select(ReviewCard))
        assert (card.skill_id, card.reviews, card.lapses) == (BROADCASTING, 2, 0)
    # Syncing again with the whole history applies only the newest attempt.
    for _ in range(2):
        book = sync_cards(store, learner="amy", evidence=items)
    assert book.cards[BROADCASTING].reviews == 3 and book.cards[BROADCASTING].lapses == 1
    with store.session() as session:
        [card] = session.scalars(select(ReviewCard))
        assert (card.reviews, card.lapses) == (3, 1)
        assert session.scalars(select(ReviewSync.last_attempt_id)).one() == 3
    replayed = replay_reviews(items)
    assert book.cards[BROADCASTING].due == replayed.cards[BROADCASTING].due
    store.dispose()


def test_an_attempt_still_running_holds_the_cursor_back(db_url: str) -> None:
    store = open_store(db_url)
    store.write(lambda s: s.add(Learner(id="amy", display_name="Amy")))
    items = evidence_of(
        [FIRST, SECOND],
        [record(FIRST, True, attempt_id=1), record(SECOND, True, day=3, attempt_id=3)],
    )
    # Attempt 2 is still being graded: attempt 3 waits, so 2 is not skipped later.
    book = sync_cards(store, learner="amy", evidence=items, upto=1)
    assert book.cards[BROADCASTING].reviews == 1
    book = sync_cards(store, learner="amy", evidence=items)
    assert book.cards[BROADCASTING].reviews == 2
    store.dispose()
