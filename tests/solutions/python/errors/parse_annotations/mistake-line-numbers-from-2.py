# expect: line numbers start at 1
"""`float(text)` raises `ValueError` for text that is not a number, so that is
the one exception to catch, around that one call; everything else is a plain
check. Catching narrowly is the point: `except Exception` around the whole
line would turn a typo in your own code (say a `NameError`) into thousands of
"bad lines", and `except: pass` would also swallow `KeyboardInterrupt`.

The range test is written `0.0 <= confidence <= 1.0` and negated: every
comparison with NaN is false, so NaN fails the test as it should. The tempting
`confidence < 0 or confidence > 1` is false for NaN and lets it through, and a
single NaN confidence turns a weighted loss into NaN. Duplicates are tracked in
a set of ids already *accepted*, so a broken line does not block a later valid
line for the same image. `enumerate(lines, start=1)` gives human line numbers.
"""


def parse_annotations(
    lines: list[str], labels: list[str]
) -> tuple[list[tuple[str, str, float]], list[tuple[int, str]]]:
    allowed = set(labels)
    records: list[tuple[str, str, float]] = []
    errors: list[tuple[int, str]] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=2):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        fields = [f.strip() for f in text.split(",")]
        if len(fields) != 3:
            errors.append((number, "fields"))
            continue
        image_id, label, raw = fields
        if label not in allowed:
            errors.append((number, "label"))
            continue
        try:
            confidence = float(raw)
        except ValueError:
            errors.append((number, "confidence"))
            continue
        if not 0.0 <= confidence <= 1.0:
            errors.append((number, "range"))
        elif image_id in seen:
            errors.append((number, "duplicate"))
        else:
            seen.add(image_id)
            records.append((image_id, label, confidence))
    return records, errors
