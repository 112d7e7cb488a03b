import heapq
import re
from collections import Counter

from mldojo.grading.casekit import Case, same

VOCAB = ["loss", "model", "data", "batch", "epoch", "token", "train", "label",
         "score", "layer", "gradient", "weight", "zero", "alpha", "beta", "vector"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", " - ", "; ", "! ", "... ", " (", ") ", " 42 ",
              "'s ", "_", " 3e-4 "]


def _styled(word, rng):
    style = rng.integers(0, 4)
    return word.upper() if style == 0 else word.capitalize() if style == 1 else word


def _text(words, rng):
    """Join words with random separators and random capitalisation."""
    parts = []
    for i, word in enumerate(words):
        parts.append(_styled(word, rng))
        if i < len(words) - 1:
            parts.append(SEPARATORS[rng.integers(0, len(SEPARATORS))])
    return "".join(parts)


def _pick(rng, n):
    return [str(w) for w in rng.choice(VOCAB, size=n, replace=False)]


def cases(rng):
    out = []
    for i in range(4):
        words = _pick(rng, int(rng.integers(4, 9)))
        counts = rng.integers(1, 4, size=len(words))  # small counts: plenty of ties
        tokens = [w for w, c in zip(words, counts, strict=True) for _ in range(c)]
        tokens = [str(t) for t in rng.permutation(tokens)]
        k = int(rng.integers(1, len(words) + 3))
        out.append(Case(f"random text {i + 1}", (_text(tokens, rng), k)))

    # Ties whose first appearance (b, c, a) is neither alphabetical nor reversed.
    a, b, c = sorted(_pick(rng, 3))
    out.append(Case("ties broken alphabetically", (f"{b} {c} {b} {a} {c} {a}", 2)))
    top = _pick(rng, 1)[0]
    x, y, z = sorted(w for w in _pick(rng, 4) if w != top)[:3]
    out.append(Case("a tie at the cut-off k",
                    (f"{top} {y} {top} {z} {y} {x} {top} {z} {x}", 2)))
    w1, w2 = sorted(_pick(rng, 2))
    out.append(Case("a word ties with a longer word that starts with it",
                    (f"{w2}s {w2} {w1}s {w1} {w2}s {w2} {w1} {w1}s", 3)))
    w1, w2 = _pick(rng, 2)
    out.append(Case("upper and mixed case",
                    (f"{w1.upper()} {w2} {w1.capitalize()} {w1}", 2)))
    out.append(Case("apostrophes, digits and punctuation",
                    ("It's the model's loss; the model's 2nd loss!", 4)))
    out.append(Case("underscores and digits separate words",
                    ("batch_size=32, learning_rate=3e-4, batch_norm", 3)))
    words = _pick(rng, 3)
    out.append(Case("k larger than the vocabulary", (" ".join(words + words[:1]), 10)))
    out.append(Case("k = 0", (" ".join(_pick(rng, 3)), 0)))
    out.append(Case("empty text", ("", 3)))
    out.append(Case("no letters at all", ("123 -- 4.5 !! 2024", 2)))
    return out


def _words(text):
    return re.findall(r"[a-z]+", text.lower())


def _tie_mistakes(text, k):
    """Results of the usual wrong orderings, with what to say about each, vaguest first."""
    counts = Counter(_words(text))
    yield (counts.most_common(k),
           "words with equal counts must be in alphabetical order, but these are in the "
           "order they first appear in the text: that is what Counter.most_common does; "
           "sort by (-count, word) instead",
           "Counter.most_common(k) (ties in order of first appearance)")
    yield (sorted(counts.most_common(k), key=lambda kv: (-kv[1], kv[0])),
           "the words tied at the cut-off k were chosen by first appearance: "
           "most_common(k) picks the k words before your sort orders the ties; sort all "
           "the words by (-count, word), then keep the first k",
           "sorting most_common(k) (the ties at the cut-off picked by first appearance)")
    yield (sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)[:k],
           "words with equal counts are in reverse alphabetical order: reverse=True "
           "reverses the words as well as the counts; sort by (-count, word) instead",
           "reverse=True on (count, word) (ties in reverse alphabetical order)")
    yield (heapq.nlargest(k, counts.items(),
                          key=lambda kv: (kv[1], tuple(-ord(c) for c in kv[0]))),
           "a word must come before the longer words that start with it ('beta' before "
           "'betas'): negating the letters' codes puts the shorter word last; sort by "
           "(-count, word), or use heapq.nsmallest with that key",
           "negating the letters' codes (a word after the longer words that start with it)")


def _pairs(got):
    return isinstance(got, list) and all(isinstance(g, tuple | list) and len(g) == 2
                                         for g in got)


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    text, k = case.args
    if not _pairs(got):
        return problem + "; return a list of (word, count) tuples"
    if any(isinstance(g, list) for g in got):
        return problem + "; return each item as a (word, count) tuple, not a list"
    if len(got) > k:
        return problem + f"; return at most k = {k} items"
    for word, _ in got:
        if isinstance(word, str) and re.fullmatch(r"[A-Za-z]*[A-Z][A-Za-z]*", word):
            return (f"{problem}; {word!r} should have been counted with its lower-case "
                    "form: lower-case the text before counting")
        if not isinstance(word, str) or not re.fullmatch(r"[a-z]+", word):
            return (f"{problem}; {word!r} is not a word of the task: a word is a run of the "
                    "letters a-z only, so digits, apostrophes, underscores and punctuation "
                    "separate words (re.findall(r'[a-z]+', ...))")
    # On a small text two wrong orderings can give the same result: then each is
    # named briefly, since one case cannot tell which of them the code does.
    found = [(advice, short) for wrong, advice, short in _tie_mistakes(text, k)
             if got == wrong]
    if len(found) == 1:
        return f"{problem}; {found[0][0]}"
    if found:
        return (f"{problem}; sort all the words by (-count, word), then keep the first k; "
                f"this result is what {' and also what '.join(s for _, s in found)} gives")
    hint = _tokenisation_hint(text, expected, got)
    return f"{problem}; {hint}" if hint else problem


def _tokenisation_hint(text, expected, got):
    """Name a word counted wrongly, or a frequent word left out, when the words are valid."""
    counts = Counter(_words(text))
    rule = ("a word is a maximal run of a-z in the lower-cased text, so underscores, "
            "digits, apostrophes and punctuation all separate words")
    for word, count in got:
        if isinstance(count, int) and counts[word] != count:
            return f"{word!r} appears {counts[word]} times as a word, not {count}: {rule}"
    returned = {word for word, _ in got}
    for word, count in expected:
        if word not in returned and got and count > min(c for _, c in got):
            return (f"{word!r} appears {count} times, more often than a word you returned, "
                    f"yet it is missing: {rule}")
    return None
