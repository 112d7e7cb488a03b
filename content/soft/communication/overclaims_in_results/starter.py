# Read the experiment and the seven sentences in the statement. Several of them
# overclaim: write the letters of all the ones you choose in one string, for
# example ANSWER = "AG". Only the letters are read; this file is never run.
ANSWER = ""
