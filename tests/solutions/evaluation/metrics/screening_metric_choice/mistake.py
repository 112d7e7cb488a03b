# expect: flags nobody is 99\.5% accurate
ANSWER = "A"
