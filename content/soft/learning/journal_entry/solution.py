"""B: a useful journal entry records the goal, what you tried, what happened (with the
numbers and how far to trust them), what is still unclear, and the next step. That is
what lets you pick up where you stopped, avoid repeating an experiment, and see later
which beliefs rested on a single run.

The common weak entries record effort (A: hours studied), copy knowledge that is
already written down elsewhere (C), or record a mood without the facts behind it (D).
"""

ANSWER = "B"
