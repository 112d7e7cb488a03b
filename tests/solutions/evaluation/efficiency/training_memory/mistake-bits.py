# expect: counts bits, not bytes
# The sizes in bits (16 and 32) added as if they were bytes. Before the fix it got the
# generic "add the bytes per parameter" message.
bits_per_parameter = 16 + 16 + 32 + 32 + 32
ANSWER = bits_per_parameter * 1.3e9 / 1e9
