"""What every printed sheet says in its margins: the page's title, the site and "side N af M".

Chromium prints CSS page-margin boxes (`overrides/assets/print.css`); their text comes from
custom properties on the root element, which each page sets in a `<style>` element of its own.
A title can hold any text from the data, so it goes into CSS as a string in which every
character but letters, digits and spaces is a hex escape: nothing in it can end the string,
the rule or the `<style>` element.
"""
from __future__ import annotations

from markupsafe import Markup

from .i18n import strings


def css_string(text: str) -> str:
    """`text` as a double-quoted CSS string."""
    return '"' + "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text) + '"'


def print_labels(title: str, site: str, lang: str) -> Markup:
    """The custom properties print.css reads in the page margins, for a page called `title`."""
    t = strings(lang)
    values = {"--print-title": title, "--print-site": site, "--print-page": t["print_page"], "--print-of": t["print_of"]}
    return Markup(":root { " + " ".join(f"{name}: {css_string(value)};" for name, value in values.items()) + " }")
