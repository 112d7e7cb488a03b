"""mldojo: practice, grading and readiness for machine-learning engineers."""

__version__ = "0.1.0"
