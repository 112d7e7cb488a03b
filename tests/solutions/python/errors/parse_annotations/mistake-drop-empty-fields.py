# expect: has an empty field: it is still a field
# Drops empty fields after splitting: 'a,cat,' looks like 2 fields instead of an
# empty confidence, and 'c,cat,0.5,' looks like a valid line.
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
        fields = [f.strip() for f in text.split(",") if f.strip()]
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
