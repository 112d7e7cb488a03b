import zlib
from collections import Counter

from mldojo.grading.casekit import Case, same

WORDS = ["the", "a", "model", "loss", "gradient", "batch", "token", "layer", "data",
         "shard", "cat", "dog", "of", "and", "to", "in", "is", "it", "café", "naïve",
         "x-ray", "don't", "3.14", "GPU", "Adam", "The", "A", "Model"]


def _doc(rng, n):
    words = [str(w) for w in rng.choice(WORDS, size=n)]
    seps = [str(rng.choice([" ", " ", " ", "  ", "\t", "\n"])) for _ in range(n)]
    return "".join(w + s for w, s in zip(words, seps)).strip() if n else ""


def _shards(rng, n_shards, docs, words):
    return [[_doc(rng, int(rng.integers(0, words))) for _ in range(int(rng.integers(0, docs)))]
            for _ in range(n_shards)]


def cases(rng):
    out = []
    for i in range(3):
        n = int(rng.integers(2, 6))
        out.append(Case(f"random corpus #{i + 1} ({n} reducers)",
                        (_shards(rng, int(rng.integers(2, 5)), 5, 12), n)))
    out.append(Case("one reducer owns everything", (_shards(rng, 3, 4, 8), 1)))
    out.append(Case("more reducers than distinct words", ([["the cat", "the"]], 16)))
    out.append(Case("capitals, tabs, line breaks and accents",
                    ([["The  THE\tthe", "Café\ncafé"], ["NAÏVE naïve", "GPU gpu"]], 3)))
    # lower() keeps "straße" and "strasse" apart; casefold() merges them.
    out.append(Case("lower(), not casefold(): ß stays ß",
                    ([["Straße STRASSE", "straße"], ["Strasse"]], 3)))
    out.append(Case("empty shards and empty documents",
                    ([[], ["", "  "], ["loss loss", ""]], 2)))
    out.append(Case("no shards", ([], 4)))
    out.append(Case("the same word in every shard (combiners)",
                    ([["loss " * int(rng.integers(2, 6))] for _ in range(4)], 3)))
    out.append(Case("random corpus (hidden)", (_shards(rng, 4, 6, 15), 5), hidden=True))
    out.append(Case("a larger corpus", (_shards(rng, 8, 60, 40), 7)))
    return out


def _routes(word, n):
    return zlib.crc32(word.encode("utf-8")) % n


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    hint = _diagnose(case, expected, got)
    return f"{problem}; {hint}" if hint else problem


def _diagnose(case, expected, got):
    shards, n = case.args
    if not (isinstance(got, tuple) and len(got) == 2):
        return "return a tuple (outputs, shuffled)"
    outputs, shuffled = got
    if not isinstance(outputs, list) or not all(isinstance(d, dict) for d in outputs):
        return "outputs is a list of dicts, one per reducer"
    if len(outputs) != n:
        return f"there are n_reducers = {n} reducers: return one dict for each, even if empty"
    want_outputs, want_shuffled = expected
    totals = Counter()
    for d in outputs:
        totals.update(d)
    want_totals = Counter()
    for d in want_outputs:
        want_totals.update(d)
    if len(outputs) > 1 and outputs[0] and all(o == outputs[0] for o in outputs):
        return "every reducer shares one dict: build them with a comprehension, not [{}] * n"
    if totals != want_totals:
        raw = Counter(w for shard in shards for doc in shard for w in doc.split())
        if totals == raw:
            return "lowercase each document before splitting: 'The' and 'the' are one word"
        folded = Counter(w for shard in shards for doc in shard for w in doc.casefold().split())
        if totals == folded:
            return ("the words are document.lower().split(): str.casefold() also turns 'ß' "
                    "into 'ss', merging words that lower() keeps apart")
        if sum(totals.values()) > sum(want_totals.values()):
            return ("a word appears on more than one reducer or is counted twice: the "
                    "partitioner must send every pair for a word to the same reducer")
        return "the total counts are wrong: split with str.split() and add up every occurrence"
    misplaced = [w for r, d in enumerate(outputs) for w in d if _routes(w, n) != r]
    if misplaced:
        w = misplaced[0]
        owner = "" if case.hidden else f": it belongs to crc32 % n = {_routes(w, n)}"
        return (f"{w!r} is on the wrong reducer{owner}. "
                "Use zlib.crc32(word.encode('utf-8')) % n_reducers, not hash(), which is "
                "salted differently in every Python process")
    if outputs == want_outputs and shuffled != want_shuffled:
        occurrences = sum(len(doc.split()) for shard in shards for doc in shard)
        per_document = sum(len(set(doc.lower().split())) for shard in shards for doc in shard)
        if shuffled == occurrences == per_document:
            return ("shuffled counts one pair per occurrence, or per distinct word of each "
                    "document: the combiner works on a whole shard, so each mapper sends one "
                    "pair per distinct word of its shard")
        if shuffled == per_document:
            return ("shuffled counts one pair per distinct word of each document: the "
                    "combiner works on a whole shard, so a word in several documents of a "
                    "shard is sent once, as one pair with its total")
        if shuffled == occurrences:
            return ("shuffled counts one pair per occurrence: with a combiner each mapper "
                    "sends one pair per distinct word of its shard")
        if shuffled == len(want_totals):
            return ("shuffled counts distinct words overall: a word in three shards is sent "
                    "by three mappers, three pairs")
        return "shuffled is the number of (word, count) pairs, summed over mappers"
    return None
