# expect: sigma\(w\*x\)\*\*2
# sigma*(1 - sigma) with 1 - sigma taken as sigma again. Before the fix it got only a point
# where it differs.
ANSWER = "x**2/(1 + exp(-w*x))**2"
