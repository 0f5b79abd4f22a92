"""A one-page sitemap beside every page, where Material's language code looks for one.

Every page names the same page in each language with `<link rel="alternate" hreflang>` (for
search engines; overrides/main.html). Material's JavaScript takes each such link for the root of
a translated site and fetches `sitemap.xml` beside it, to map the current page onto that site
(integrations/alternate and integrations/sitemap in Material's source). Beside a page there was
no sitemap: two failed requests and two console errors on every page view.

The choices were: links to the language roots only (what Material expects, but search engines
would then be told that the Norwegian version of every page is the Norwegian home page); hiding
the links from Material's selector (a trick that the next theme version may undo); or giving
Material what it asks for. This does the last: a small, valid sitemap of the page itself with
its hreflang alternates (the sitemap form of the same annotation, which search engines read
too). Our own language switch already links to the same page in the other language and does not
need Material's mapping (see overrides/partials/alternate.html).
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr, escape

from .urls import in_language

NAME = "sitemap.xml"


def page_sitemap(address: str, alternates: dict[str, str]) -> str:
    links = "".join(f'\n    <xhtml:link rel="alternate" hreflang={quoteattr(lang)} href={quoteattr(href)}/>'
                    for lang, href in alternates.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
            f"  <url>\n    <loc>{escape(address)}</loc>{links}\n  </url>\n</urlset>\n")


def write_page_sitemaps(site_dir: Path, site_url: str, languages: list[str]) -> None:
    """For every page of every language folder; the language roots keep MkDocs' own sitemap of the whole language."""
    for lang in languages:
        for page in sorted((site_dir / lang).rglob("index.html")):
            folder = page.parent.relative_to(site_dir).as_posix() + "/"
            if folder == f"{lang}/":
                continue
            alternates = {code: site_url + in_language(folder, code) for code in languages}
            (page.parent / NAME).write_text(page_sitemap(site_url + folder, alternates), encoding="utf-8")
