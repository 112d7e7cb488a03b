# expect: model fits whatever quirks are there
ANSWER = "ABCEG"
