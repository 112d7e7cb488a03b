def parse_annotations(
    lines: list[str], labels: list[str]
) -> tuple[list[tuple[str, str, float]], list[tuple[int, str]]]:
    """Parse 'image_id,label,confidence' lines into records and (line_number, reason) errors.

    Skip blank and '#' lines; report the first problem of each bad line as
    'fields', 'label', 'confidence', 'range' or 'duplicate'; never raise.
    """
    # TODO: enumerate the lines from 1, split and strip, and catch only the
    # exception float() raises for text that is not a number.
    return None
