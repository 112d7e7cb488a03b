# The odds form of Bayes' theorem: prior odds times the likelihood ratio, turned back
# into a probability.
prior_odds = 0.02 / 0.98
likelihood_ratio = 0.90 / (1 - 0.95)
odds = prior_odds * likelihood_ratio
ANSWER = odds / (1 + odds)
