"""The learner process's own bookkeeping, tested in this process."""

from __future__ import annotations

import tracemalloc
from typing import ClassVar

import numpy as np

from mldojo.grading.driver import _class_state, _leaked


def test_class_state_looks_at_a_bounded_part_of_a_large_table() -> None:
    """A class may hold a large lookup table that every object reads: noting, per case,
    what its class attributes hold must not copy it (nor cost the learner's run)."""

    class Lookup:
        weights = np.zeros(5_000_000)  # 40 MB
        rows: ClassVar[list[int]] = list(range(1_000_000))
        seen: ClassVar[dict[int, int]] = {}
        constant = "not a container"

    tracemalloc.start()
    loaded = _class_state(Lookup)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 1_000_000, peak
    assert set(loaded) == {"weights", "rows", "seen"}
    assert _leaked(Lookup, loaded) == []
    Lookup.rows.append(-1)  # grown at the end
    Lookup.weights[3] = 1.0  # changed in place at the start
    Lookup.seen[1] = 2
    assert _leaked(Lookup, loaded) == ["rows", "seen", "weights"]
