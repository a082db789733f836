"""An iCalendar (RFC 5545) feed of digital-skills classes, written by hand.

The parts phone calendars are strict about: CRLF line ends, content lines folded at 75
octets (never inside a UTF-8 character), TEXT values escaped, UTC times, a stable UID and a
SEQUENCE that grows when a class changes.
"""

import datetime

from django.utils import timezone

from .models import ClassStatus

CRLF = "\r\n"
MAX_OCTETS = 75


def escape_text(value):
    """Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines."""
    value = str(value or "")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """Split a content line into lines of at most 75 octets; continuation lines start with a space
    (RFC 5545 §3.1). Cuts fall between characters, so UTF-8 sequences stay whole."""
    pieces, current, size = [], "", 0
    limit = MAX_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append(current)
            current, size = " ", 1  # the leading space counts toward the next line's 75
        current += char
        size += octets
    pieces.append(current)
    return CRLF.join(pieces)


def utc_stamp(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def content_line(name, value, escape=True):
    return fold(f"{name}:{escape_text(value) if escape else value}")


def event_lines(digital_class, uid_domain, url, stamp):
    description = [digital_class.topic_page.title if digital_class.topic_page else ""]
    description += [
        f"Dành cho: {digital_class.get_audience_display()}",
        f"Ngôn ngữ: {digital_class.get_language_display()}",
        f"Số chỗ: {digital_class.capacity}",
        f"Liên hệ: {digital_class.contact}",
    ]
    if digital_class.note:
        description.append(digital_class.note)
    if url:
        description.append(url)
    summary = digital_class.title
    if digital_class.language != "vi":
        summary = f"{summary} ({digital_class.get_language_display()})"
    lines = [
        "BEGIN:VEVENT",
        content_line("UID", f"lop-hoc-{digital_class.pk}@{uid_domain}"),
        content_line("DTSTAMP", utc_stamp(stamp), escape=False),
        content_line("LAST-MODIFIED", utc_stamp(digital_class.updated_at or stamp), escape=False),
        content_line("SEQUENCE", digital_class.sequence, escape=False),
        content_line("DTSTART", utc_stamp(digital_class.starts_at), escape=False),
        content_line("DTEND", utc_stamp(digital_class.ends_at), escape=False),
        content_line("SUMMARY", summary),
        content_line("LOCATION", digital_class.place),
        content_line("DESCRIPTION", "\n".join(line for line in description if line)),
        content_line(
            "STATUS",
            "CANCELLED" if digital_class.status == ClassStatus.CANCELLED else "CONFIRMED",
            escape=False,
        ),
        content_line("TRANSP", "OPAQUE", escape=False),
    ]
    if url:
        lines.append(content_line("URL", url, escape=False))
    lines.append("END:VEVENT")
    return lines


def calendar(classes, name, description, uid_domain, url_for, now=None):
    """The whole VCALENDAR as a str with CRLF line ends. `url_for(digital_class)` → absolute URL."""
    stamp = now or timezone.now()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Dak Lak so//Lop hoc ky nang so//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        content_line("NAME", name),
        content_line("X-WR-CALNAME", name),
        content_line("DESCRIPTION", description),
        content_line("X-WR-CALDESC", description),
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
        "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
        "X-PUBLISHED-TTL:PT6H",
    ]
    for digital_class in classes:
        lines.extend(event_lines(digital_class, uid_domain, url_for(digital_class), stamp))
    lines.append("END:VCALENDAR")
    return CRLF.join(lines) + CRLF
