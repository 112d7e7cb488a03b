# expect: Overfitting shows as a gap
ANSWER = "B"
