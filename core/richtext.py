"""Turn the plain text that editors write in import files into Wagtail rich text."""

from itertools import groupby

from django.utils.html import escape


def _is_bullet(line):
    return line.startswith("- ")


def plain_text_to_html(text):
    """Blank lines separate paragraphs; lines starting with "- " become a bullet list.

    Everything is escaped: import files and demo content never carry raw HTML.
    """
    html = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        for bullets, run in groupby(lines, key=_is_bullet):
            run = list(run)
            if bullets:
                html.append("<ul>" + "".join(f"<li>{escape(x[2:].strip())}</li>" for x in run) + "</ul>")
            else:
                html.append(f"<p>{escape(' '.join(run))}</p>")
    return "".join(html)
