# expect: or the bound was not simply rounded up
# One added after rounding up. The message used to say "1 was added to the bound",
# which hands over the answer: it now names the rounding without the count.
import math

ANSWER = math.ceil(0.93 * 0.07 / 0.003**2) + 1
