# expect: point estimate as if it were the truth
ANSWER = "A"
