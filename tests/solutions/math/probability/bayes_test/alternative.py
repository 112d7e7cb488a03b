# Count in a population of 100,000 transactions instead of multiplying rates.
population = 100_000
fraud = 0.02 * population                  # 2,000
legitimate = population - fraud            # 98,000
flagged_fraud = 0.90 * fraud               # 1,800
flagged_legitimate = 0.05 * legitimate     # 4,900
ANSWER = flagged_fraud / (flagged_fraud + flagged_legitimate)
