"""C: it reads the claim with its evidence and its limits. The average gain of 1.2
points comes from 12 benchmarks of at most 50,000 rows, it is concentrated in the
small ones, and the three largest showed no change: the abstract itself says the
method may do nothing at our scale. Since trying it is cheap, the proportionate step
is an experiment on our own validation data.

The common wrong readings: taking the headline average and its p-value as a promise
for any data (A), comparing improvements instead of final models (B: +3.1 points for
an MLP says nothing about an MLP against boosted trees), and dismissing modest
evidence outright, or waiting for someone else to test it (D).
"""

ANSWER = "C"
