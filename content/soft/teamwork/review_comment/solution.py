"""B: a review comment that works names the severity, points at the lines, explains
the consequence (test statistics leak into training, so the offline score is
optimistic), proposes a concrete fix as a question, and offers help. It is about the
code, and the author can act on it without another round trip.

The common failures: a verdict with no content (A), a friendly nit that approves a
correctness bug (C), a comment about the person rather than the code (D), and a
silent fix that teaches nothing (E).
"""

ANSWER = "B"
