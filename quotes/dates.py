"""Publication dates in one format: ISO 8601, with the offset when the source gives one."""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

# Forms seen in exports and feeds beyond ISO 8601 and RFC 2822 ('Tue, 04 Mar 2026 09:15:00 +0000').
_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y/%m/%d", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y",
            "%d.%m.%Y")


def iso_date(value: object) -> str | None:
    """``value`` as ISO 8601 ('2026-03-04', '2026-03-04T09:15:00+00:00'), or None when it is
    empty or no date this knows."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    if not text:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return _checked(text, "%Y-%m-%d")
    if re.match(r"\d{4}-\d{2}-\d{2}[T ]\d", text):
        iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text.replace("Z", "+00:00").replace(" ", "T", 1))
        try:
            return datetime.fromisoformat(iso).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).isoformat()  # RFC 2822, as feeds write dates
    except (ValueError, TypeError, IndexError):
        pass
    for fmt in _FORMATS:
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return parsed.date().isoformat() if "%H" not in fmt else parsed.isoformat()
    return None


def _checked(text: str, fmt: str) -> str | None:
    try:
        datetime.strptime(text, fmt)
    except ValueError:
        return None
    return text
