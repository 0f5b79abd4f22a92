"""Proof on the built site that content added no code and no outside loads.

The data is checked and every value is escaped, but the proof is in what readers get: after
the build, every HTML page is parsed and must hold no event-handler attribute (`on...`), no
script the project did not write, and nothing a browser would load from another host (`src`,
`srcset`, stylesheets and icons, `url()` in styles). CSS files are checked for `url()` too.

Scripts the theme writes inline are recognised by their text with string literals blanked out
(the literals are relative paths that differ from page to page). An upgrade of Material that
changes them fails this audit on purpose: look at the new script, then update THEME_SCRIPTS.
"""
from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

THEME_SCRIPTS = {
    "236a3d4e2f7e": "Material: __md_scope, __md_get/__md_set and the colour palette",
    "ce44b8b7494d": "Material: open the navigation section a #hash points at",
}
_LOADING_LINKS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch", "modulepreload",
                  "manifest", "dns-prefetch", "preconnect", "mask-icon"}
_LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "xlink:href", "imagesrcset"}
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)
_STRING_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"')


def script_fingerprint(text: str) -> str:
    return hashlib.sha256(_STRING_LITERAL.sub('""', text.strip()).encode()).hexdigest()[:12]


def audit_site(site_dir: Path, own_hosts: set[str]) -> list[str]:
    """Every problem found, as 'page: what'; an empty list means the site is clean."""
    problems = []
    for page in sorted(site_dir.rglob("*.html")):
        shown = page.relative_to(site_dir).as_posix()
        parser = _PageAudit(own_hosts)
        parser.feed(page.read_text(encoding="utf-8"))
        parser.close()
        problems += [f"{shown}: {problem}" for problem in parser.problems]
    for sheet in sorted(site_dir.rglob("*.css")):
        shown = sheet.relative_to(site_dir).as_posix()
        problems += [f"{shown}: {problem}" for problem in _css_problems(sheet.read_text(encoding="utf-8"), own_hosts)]
    return problems


def _is_outside(url: str, own_hosts: set[str]) -> bool:
    url = url.strip()
    if url.lower().startswith(("data:", "blob:")) or url.startswith("#"):
        return False
    parts = urlsplit(url)
    if parts.scheme and parts.scheme.lower() not in ("http", "https"):
        return True  # javascript:, file:, ftp: ... nothing of ours loads that way
    return bool(parts.netloc) and parts.hostname not in own_hosts


def _css_problems(css: str, own_hosts: set[str]) -> list[str]:
    return [f"style loads from another host: {url[:60]}" for match in _CSS_URL.finditer(css)
            for url in match.groups() if url and _is_outside(url, own_hosts)]


class _PageAudit(HTMLParser):
    def __init__(self, own_hosts: set[str]):
        super().__init__(convert_charrefs=True)
        self.own_hosts = own_hosts
        self.problems: list[str] = []
        self._in: str | None = None  # 'script', 'json' or 'style' while inside one
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler attribute {name}")
            elif name == "style" and value:
                self.problems += _css_problems(value, self.own_hosts)
            elif value and (name in _LOADING_ATTRIBUTES or (name == "href" and self._loads(tag, names))):
                urls = [part.split()[0] for part in value.split(",") if part.strip()] if "srcset" in name else [value]
                self.problems += [f"<{tag} {name}> loads from another host: {url[:60]}"
                                  for url in urls if _is_outside(url, self.own_hosts)]
        if tag == "meta" and (names.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh> sends the reader elsewhere")
        if tag == "script":
            kind = (names.get("type") or "").lower()
            self._in = "json" if kind == "application/json" else "script"
            self._external = "src" in names
        elif tag == "style":
            self._in = "style"
        self._text = []

    @staticmethod
    def _loads(tag, names) -> bool:
        rels = set((names.get("rel") or "").lower().split())
        return (tag == "link" and bool(rels & _LOADING_LINKS)) or tag in ("image", "use")

    def handle_data(self, data):
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag not in ("script", "style") or not self._in:
            return
        text = "".join(self._text)
        if self._in == "style":
            self.problems += _css_problems(text, self.own_hosts)
        elif self._in == "json":
            try:
                json.loads(text)
            except ValueError:
                self.problems.append("a JSON <script> block is not JSON")
        elif text.strip() and script_fingerprint(text) not in THEME_SCRIPTS:
            self.problems.append(f"an inline <script> the project did not write: {text.strip()[:60]}")
        elif not text.strip() and not self._external:
            self.problems.append("an empty <script> without src")
        self._in = None
