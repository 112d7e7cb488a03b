# expect: so it is a 'duplicate': keep a set of accepted ids
# Never reports a duplicate: a later valid line for an image id is kept as a
# second record instead of being reported.


def parse_annotations(
    lines: list[str], labels: list[str]
) -> tuple[list[tuple[str, str, float]], list[tuple[int, str]]]:
    allowed = set(labels)
    records: list[tuple[str, str, float]] = []
    errors: list[tuple[int, str]] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
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
        else:
            seen.add(image_id)
            records.append((image_id, label, confidence))
    return records, errors
