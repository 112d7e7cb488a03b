"""The learner's web app: server-rendered pages over `mldojo.learning.dojo`."""
