"""Reading the built site as a browser would: pages, their links and their ids."""
from __future__ import annotations

import posixpath
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup


class BuiltSite:
    def __init__(self, root: Path):
        self.root = root

    def html_files(self, lang: str | None = None) -> list[Path]:
        base = self.root / lang if lang else self.root
        return sorted(p for p in base.rglob("*.html"))

    def content_pages(self, lang: str) -> list[str]:
        """Site paths ('da/faktorer/motivation/') of the pages a reader navigates to (not the
        pages at former addresses that only send the reader on)."""
        return sorted(
            p.parent.relative_to(self.root).as_posix() + "/"
            for p in self.html_files(lang) if p.name == "index.html" and not self.is_redirect(p))

    @staticmethod
    def is_redirect(file: Path) -> bool:
        with file.open(encoding="utf-8") as page:
            return 'http-equiv="refresh"' in page.read(600)

    @cache
    def soup(self, site_path: str) -> BeautifulSoup:
        return BeautifulSoup(self.file_for(site_path).read_text(encoding="utf-8"), "lxml")

    def file_for(self, site_path: str) -> Path:
        path = self.root / site_path
        return path / "index.html" if site_path.endswith("/") or path.is_dir() else path

    def exists(self, site_path: str) -> bool:
        return self.file_for(site_path).is_file()

    def ids(self, site_path: str) -> set[str]:
        return {tag["id"] for tag in self.soup(site_path).find_all(id=True)}

    def links(self, site_path: str, selector: str = "a[href]") -> list[str]:
        """Internal links of the page, resolved to site paths with their anchors."""
        found = []
        for tag in self.soup(site_path).select(selector):
            resolved = resolve(site_path, tag.get("href") or tag.get("src"))
            if resolved is not None:
                found.append(resolved)
        return found

    def main_links(self, site_path: str) -> set[str]:
        return set(self.links(site_path, "article a[href]"))


def resolve(page: str, href: str) -> str | None:
    """`href` on `page` as a site path ('da/factors/x/#a'); None for links to other hosts or schemes."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page + (f"#{parts.fragment}" if parts.fragment else "")
    base = page if page.endswith("/") or not page else posixpath.dirname(page) + "/"
    path = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
    if parts.path.endswith("/") or path == ".":
        path = "" if path == "." else path + "/"
    return path + (f"#{parts.fragment}" if parts.fragment else "")
