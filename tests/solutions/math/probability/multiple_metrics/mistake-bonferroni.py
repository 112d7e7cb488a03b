# expect: Bonferroni correction
# Applies the Bonferroni correction (each test at 0.05 / 20) before computing the chance,
# which answers another question. Before the fix it was told to "find the probability
# that all 20 tests stay quiet, then take its complement", which it had done.
ANSWER = 1 - (1 - 0.05 / 20) ** 20
