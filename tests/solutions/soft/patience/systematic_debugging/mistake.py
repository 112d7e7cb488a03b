# expect: treats the symptom
ANSWER = "ABDEH"
