"""B: it is the only report a maintainer can act on without asking anything. It says
what is wrong and for whom (days_since_signup, users created after 1 May), gives a
minimal reproduction with the expected and actual output, narrows the change down
(3.4.0 works, 3.4.1 does not), says what is not affected, states the impact, and marks
its guess about the cause as a guess.

The common failures are the other three: urgency without facts (A), the story of the
search plus an unverified fix (C), and a vague "maybe mine" that never gets followed
up (D). Each makes the maintainer do the reporter's work.
"""

ANSWER = "B"
