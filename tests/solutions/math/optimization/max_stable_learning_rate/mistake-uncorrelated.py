# expect: uncorrelated standardised features
# Reasons that standardised features give the Hessian 2I, so eta* = 2 / 2 = 1, without
# computing anything. Before the fix it got the generic "find the Hessian" message.
ANSWER = 1.0
