"""E: a review comment that works names the severity, points at the lines, explains
the consequence (test statistics leak into training, so the test AUC can be optimistic),
proposes a concrete fix as a question, and offers help. It is about the code, and
the author can act on it without another round trip.

The common failures: a silent fix that teaches nothing (A), a comment about the
person rather than the code (B), a friendly nit that approves a correctness bug (C),
and a verdict that says something is wrong but not what (D).
"""

ANSWER = "E"
