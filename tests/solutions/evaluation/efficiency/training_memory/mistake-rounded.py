# expect: close but not within the relative tolerance.*do not round
# The right count, 16 bytes per parameter, rounded to whole GB by hand. Before the fix
# the message told this answer to add up the bytes per parameter again.
ANSWER = 21.0
