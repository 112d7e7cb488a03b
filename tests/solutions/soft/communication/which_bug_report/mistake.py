# expect: prescribes a fix.*not verified
ANSWER = "A"
