"""Reading what an action was sent: a JSON object (the bundle's fetches) or form fields
(the pages' own forms, which work without scripts)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request

from mldojo.web.errors import MalformedRequest


async def payload(request: Request) -> dict[str, Any]:
    """The JSON object or form fields of a POST; a form's repeated `choice` is a list."""
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type == "application/json":
        try:
            data = json.loads(await request.body())
            # A lone surrogate ("\ud800") is valid JSON but no text: refused here, once.
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except (ValueError, RecursionError):  # UnicodeError is a ValueError
            raise MalformedRequest(
                f"The body sent to '{request.url.path}' is not valid JSON: send an object "
                'such as {"source": "..."}.'
            ) from None
        if not isinstance(data, dict):
            raise MalformedRequest(
                f"The body sent to '{request.url.path}' is JSON but not an object: send "
                '{"source": "..."}.'
            )
        return data
    if media_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        data = {k: v for k, v in form.items() if isinstance(v, str)}
        data["choice"] = [v for v in form.getlist("choice") if isinstance(v, str)]
        return data
    raise MalformedRequest(
        f"The request to '{request.url.path}' has content type '{content_type or 'none'}': "
        "send JSON (application/json) or a form."
    )
