"""The grading layer: run learner code apart from the truth, and judge it in the host."""
