"""B: a useful journal entry records the goal, what you tried, what happened (with the
numbers and how far to trust them), what is still unclear, and the next step. That is
what lets you pick up where you stopped, avoid repeating an experiment, and see later
which beliefs rested on a single run.

The weak entries are as long and as specific, but about the wrong things: effort (A:
hours, chapters, exercises), knowledge already written down elsewhere (C: copied from
the docs), or a mood over a muddle (D: three changes at once, a result "around 0.35, I
think" with nothing to compare it to, and "something else" as the next step). Length,
numbers and hedging do not make an entry useful; what it lets you do later does.
"""

ANSWER = "B"
