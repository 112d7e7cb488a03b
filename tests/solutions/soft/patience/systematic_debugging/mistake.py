# expect: treats the symptom
ANSWER = "ABCEG"
