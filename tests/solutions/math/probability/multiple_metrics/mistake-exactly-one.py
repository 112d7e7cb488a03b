# expect: exactly one metric is significant
# P(exactly one false alarm) for P(at least one). Before the fix it was told to "take the
# complement", without what it had computed.
ANSWER = 20 * 0.05 * 0.95**19
