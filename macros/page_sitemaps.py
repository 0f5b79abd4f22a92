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
too). Each language's build writes them for its own pages, so the sitemap beside the Norwegian
page comes from the Norwegian build. The home page has none of its own: Material's sitemap of the
whole language is already there. Our language switch links straight to the same page and does
not need Material's mapping (overrides/partials/alternate.html).
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

NAME = "sitemap.xml"


def page_sitemap(address: str, alternates: dict[str, str]) -> str:
    links = "".join(f'\n    <xhtml:link rel="alternate" hreflang={quoteattr(lang)} href={quoteattr(href)}/>'
                    for lang, href in alternates.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
            f"  <url>\n    <loc>{escape(address)}</loc>{links}\n  </url>\n</urlset>\n")


def write_page_sitemaps(site_dir: Path, lang: str, pages: dict[str, dict[str, str]]) -> None:
    """`pages`: each page's folder inside the language's site ('faktorer/motivation/') and the
    absolute address of the page in every language, its own included."""
    for folder, alternates in pages.items():
        if folder:
            (site_dir / folder / NAME).write_text(page_sitemap(alternates[lang], alternates), encoding="utf-8")
