# expect: inner factor x
ANSWER = "2*(w*x + b - y)"
