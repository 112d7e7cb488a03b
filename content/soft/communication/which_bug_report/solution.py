"""D: it is the only report a maintainer can act on without asking anything. It says
what is wrong and for whom (days_since_signup, users created after 1 May), gives a
minimal reproduction with the actual and expected output, narrows the change down
(3.4.0 works, 3.4.1 does not), says what is not affected, states the impact, and marks
its guess about the cause as a guess.

The common failures are the other three: the story of the search plus an unverified
fix (A), urgency and a demanded rollback without facts (B), and a "maybe ours" with
no reproduction that waits to be followed up (C). Each makes the maintainer do the
reporter's work.
"""

ANSWER = "D"
