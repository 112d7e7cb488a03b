"""B, D, E and H. Each of them is an experiment with a clear question and an answer
you can trust: is the regression real and larger than the noise (B), which
commit introduced it (D), is the basic data-model-loss path still sound (E), and
did anything change besides the code (H). Together they narrow "something in
the merge" down to a cause you can read and fix.

The tempting wrong steps all change something before the problem is located:
retuning the learning rate until the number looks right (A) hides the bug,
rewriting the loader (C) bets days on a hunch, changing several things at once
(F) cannot tell you which one mattered, and waiting (G) lets more commits pile
on top of the regression.
"""

ANSWER = "BDEH"
