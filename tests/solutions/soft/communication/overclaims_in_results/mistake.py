# expect: honest counterweight
ANSWER = "BCDEF"
