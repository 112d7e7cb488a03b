"""B: it states the measured gain, says how uncertain it is in words the reader
can use (the difference could be from about 2 points worse to 8 points better),
makes a clear recommendation about the claim, and names what would settle the
question. An honest report is judged by two things at once: whether every claim
is supported by the evidence, and whether the reader can act on it.

The common wrong reply is A, the point estimate reported as a fact: an interval
that includes zero turns "3 points better" into a hope. C fails the other way,
reading "not significant" as "no effect"; D is accurate but written for the
wrong reader, and leaves the product manager to guess.
"""

ANSWER = "B"
