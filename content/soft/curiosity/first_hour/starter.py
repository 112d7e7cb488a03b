# Read the situation and the options in the statement. Several options are
# correct: write the letters of all the ones you choose in one string, for
# example ANSWER = "AD". Only the letters are read; this file is never run.
ANSWER = ""
