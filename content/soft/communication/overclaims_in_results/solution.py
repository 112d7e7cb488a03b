"""B, C, D and F overclaim. Each stretches the evidence in a different direction: B
turns a ranking metric (AUC) into a promise about individuals, C turns an association
into a causal lever, D turns a change in a ranking metric into a business effect that
was never measured, and F generalises one month of one market to all of them.

A, E and G are honest: they say what was measured, on what data, with the
uncertainty (E) and the method (G) named. The common mistake is to flag E as a
weakness ("it admits the gain might be zero") or to miss D because it sounds
quantitative: a number attached to an unmeasured effect is still an overclaim.
"""

ANSWER = "BCDF"
