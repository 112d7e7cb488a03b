"""Reading what an action was sent: a JSON object (the bundle's fetches) or form fields
(the pages' own forms, which work without scripts).

A form sends every line break of a text box as CRLF (HTML's rules for form data); the
fields are given back with LF, as the editor has them, so a source posted by a form is
the same text, and the same size against the submission limit, as one posted by the
bundle."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from mldojo.web.errors import MalformedRequest, echo, example_body
from mldojo.web.security import MAX_BODY_BYTES, MAX_FORM_FIELDS


async def payload(request: Request) -> dict[str, Any]:
    """The JSON object or form fields of a POST; a form's repeated `choice` is a list."""
    content_type = request.headers.get("content-type", "")
    path = echo(request.url.path)
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/json":
        try:
            data = json.loads(await request.body())
            # A lone surrogate ("\ud800") is valid JSON but no text: refused here, once.
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeError:
            raise MalformedRequest(
                f"The body sent to '{path}' holds text that is not UTF-8 (bytes of another "
                "encoding, or a lone surrogate such as \\ud800): save the code as UTF-8 "
                "and send it again."
            ) from None
        except (ValueError, RecursionError):
            raise MalformedRequest(
                f"The body sent to '{path}' is not valid JSON: send an object "
                f"such as {example_body(path)}."
            ) from None
        if not isinstance(data, dict):
            raise MalformedRequest(
                f"The body sent to '{path}' is JSON but not an object: send one such as "
                f"{example_body(path)}."
            )
        return data
    if media_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        # The body is already read whole and capped (security.Guard): a field may be as
        # large as the body, so that a source over the limit meets the submission's message.
        form = await request.form(max_fields=MAX_FORM_FIELDS, max_part_size=MAX_BODY_BYTES)
        data = {k: _lf(v) for k, v in form.items() if isinstance(v, str)}
        data["choice"] = [_lf(v) for v in form.getlist("choice") if isinstance(v, str)]
        return data
    raise MalformedRequest(
        f"The request to '{path}' has content type '{echo(content_type or 'none')}': "
        "send JSON (application/json) or a form."
    )


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")
