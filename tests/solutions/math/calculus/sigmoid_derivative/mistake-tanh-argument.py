# expect: tanh's argument is off
# The tanh form with tanh(z) for tanh(z/2). Before the fix it got only a point where it
# differs.
ANSWER = "(1 - tanh(z)**2)/4"
