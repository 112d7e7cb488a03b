# expect: posterior odds.*o / \(1 \+ o\)
# The odds form of Bayes' theorem, prior odds times the likelihood ratio, left as odds.
# Before the fix it got the generic message, which describes another method.
prior_odds = 0.02 / 0.98
likelihood_ratio = 0.90 / 0.05
ANSWER = prior_odds * likelihood_ratio
