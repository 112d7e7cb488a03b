# expect: fix the input the model receives before retuning
# Reading a training/serving skew as overfitting and retraining with more regularisation;
# the feedback now also says what to do instead.
ANSWER = "B"
