"""A: it puts precision in the reader's units (flagged tickets, of which about 8 in
10 are really urgent and 2 are opened for nothing) and says what the number leaves
out (the urgent tickets the model misses). A good translation is both correct and
usable: the lead can now plan around the wasted openings and knows which question to
ask next.

The common wrong replies are the two plausible-sounding translations: "right for 80%
of tickets" (C) is accuracy, and "catches 8 of every 10 urgent tickets" (D) is
recall. The formula (B) is correct but leaves all the translating to the reader.
"""

ANSWER = "A"
