# expect: adds the 20 probabilities
ANSWER = 20 * 0.05
