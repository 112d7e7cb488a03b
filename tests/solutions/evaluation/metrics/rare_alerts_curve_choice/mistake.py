# expect: far left of it.*corner the team lives in
ANSWER = "A"
