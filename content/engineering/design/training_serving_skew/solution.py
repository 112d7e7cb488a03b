"""A. The drop from 0.86 to 0.78 comes with direct evidence of its cause: the served
feature is computed by different code, with a different cut-off and time zone, so the
model receives systematically different inputs than it learned from. The durable fix
is one definition of the feature for both paths (the point of a feature store), with
point-in-time values for training so that no future information leaks in, and a
check that compares logged served features with their offline counterparts.

The tempting wrong answers treat a data bug as a modelling problem: B (overfitting
would already show in the held-out evaluation), C (the difference is a bias, not
noise), and D (calibration and thresholds cannot repair a ranking that the skewed
feature has already damaged).
"""

ANSWER = "A"
