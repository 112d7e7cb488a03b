"""Write sigma = u**-1 with u = 1 + exp(-z): the chain rule gives -u**-2 * u', and
u' = -exp(-z) (the inner -z contributes its own factor -1), so the two minus signs
cancel: exp(-z)/(1 + exp(-z))**2. Splitting it as 1/(1 + exp(-z)) * exp(-z)/(1 + exp(-z))
shows the famous form sigma(z)*(1 - sigma(z)), which is how frameworks compute it: the
backward pass reuses the sigmoid already computed in the forward pass. The usual
mistakes are losing a sign (-exp(-z)/(1 + exp(-z))**2, negative everywhere although
sigma only increases) and forgetting to square the denominator.
"""

ANSWER = "exp(-z)/(1 + exp(-z))**2"
