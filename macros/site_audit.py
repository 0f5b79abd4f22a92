"""Proof on the built site that content added no code and no outside loads.

The data is checked and every value is escaped, but the proof is in what readers get: after
the build, every HTML page is scanned and must hold no event-handler attribute (`on...`), no
script the project did not write, and nothing a browser would load from another host (`src`,
`srcset`, stylesheets and icons, `url()` in styles). CSS files are checked for `url()` too.

Scripts the theme writes inline are recognised by their text with string literals blanked out
(the literals are relative paths that differ from page to page). An upgrade of Material that
changes them fails this audit on purpose: look at the new script, then update THEME_SCRIPTS.

The scan is a tokenizer of start tags rather than a full HTML parser: a build audits some ten
megabytes of HTML, and only tags that can load something or carry a handler are looked into.
Like a browser, it starts a tag at every '<' followed by a letter outside a comment; where it
differs (inside <script>, <style>, <title>) it sees more tags than a browser, never fewer.
Its patterns use possessive quantifiers, so a malformed page cannot make it backtrack.

Scanning is most of the audit's time, so the build keeps the hashes of the files that passed in
its cache (macros/build_cache.py, outside the repository) and scans only files whose bytes
changed; a change to this module or to the site's host starts over.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from .build_cache import write_whole

# This module as it was imported, which is the code that runs: under `mkdocs serve`, an edit on
# disk is not run until serve restarts, and its passes must not be filed as the new code's.
_THIS_CODE = Path(__file__).read_bytes()
THEME_SCRIPTS = {
    "236a3d4e2f7e": "Material: __md_scope, __md_get/__md_set and the colour palette",
    "ce44b8b7494d": "Material: open the navigation section a #hash points at",
}
# Start tags as a browser's tokenizer reads them: quotes delimit a value only after '='. A tag
# that is never closed runs to the end of the page, as in a browser, so no match ever fails and
# no '<' is scanned twice.
_NAME = r"""[^\s/>][^\s/>=]*+"""
_VALUE = r"""(?:"[^"]*+"|'[^']*+'|[^\s>]++)"""
_TAG = re.compile(rf"""<([a-zA-Z][^\s/>]*+)((?:\s++|/|{_NAME}(?:\s*+=\s*+{_VALUE})?)*+)(?:>|\Z)""")
_ATTRIBUTE = re.compile(rf"""({_NAME})(?:\s*+=\s*+({_VALUE}))?""")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Worth a closer look: a tag that can load something, or one whose attributes hint at a handler,
# a style url() or the old background="...". Every other tag is skipped after one cheap test.
_LOADING_TAGS = {"script", "link", "img", "iframe", "frame", "video", "audio", "source", "embed", "object", "input",
                 "track", "image", "use", "meta", "base"}
_HINT = re.compile(r"""[\s/"']on[a-z]|url\(|background""", re.IGNORECASE)
_BLOCK = re.compile(rf"""<(script|style)\b((?:\s++|/|{_NAME}(?:\s*+=\s*+{_VALUE})?)*+)(?:>|\Z)(.*?)(?:</\1\s*>|\Z)""",
                    re.IGNORECASE | re.DOTALL)
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)""", re.IGNORECASE)
_STRING_LITERAL = re.compile(r'"(?:[^"\\]|\\.)*"')
_LOADING_LINKS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "prefetch", "modulepreload",
                  "manifest", "dns-prefetch", "preconnect", "mask-icon"}
_LOADING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background", "xlink:href", "imagesrcset"}


def script_fingerprint(text: str) -> str:
    return hashlib.sha256(_STRING_LITERAL.sub('""', text.strip()).encode()).hexdigest()[:12]


def audit_site(site_dir: Path, own_hosts: set[str], cache: Path | None = None) -> list[str]:
    """Every problem found, as 'page: what'; an empty list means the site is clean.

    With a `cache` folder, a file whose exact bytes passed the same audit (this module, these
    hosts) last time is not scanned again: a rebuild scans only what changed."""
    passed_file = cache / _audit_key(own_hosts) if cache else None
    passed_before = set(passed_file.read_text().split()) if passed_file and passed_file.exists() else set()
    passed, problems = set(), []
    for path, kind, check in [(page, "page", audit_page) for page in sorted(site_dir.rglob("*.html"))] + \
                             [(sheet, "css", _css_problems) for sheet in sorted(site_dir.rglob("*.css"))]:
        raw = path.read_bytes()
        # The same bytes can pass as a page and fail as a style sheet: a pass is for one check.
        digest = f"{kind}:{hashlib.sha256(raw).hexdigest()}"
        found = [] if digest in passed_before else check(raw.decode("utf-8"), own_hosts)
        if found:
            shown = path.relative_to(site_dir).as_posix()
            problems += [f"{shown}: {problem}" for problem in found]
        else:
            passed.add(digest)
    if passed_file:
        write_whole(passed_file, "\n".join(sorted(passed)).encode())
    return problems


def _audit_key(own_hosts: set[str]) -> str:
    code = _THIS_CODE + "\n".join(sorted(own_hosts)).encode()
    return hashlib.sha256(code).hexdigest()[:32] + ".passed"



def audit_page(text: str, own_hosts: set[str]) -> list[str]:
    problems = []
    text = _COMMENT.sub("", text)
    for name, rest in _TAG.findall(text):
        if rest and (name.lower() in _LOADING_TAGS or _HINT.search(rest)):
            problems += _tag_problems(name.lower(), _attributes(rest), own_hosts)
    for block in _BLOCK.finditer(text):
        problems += _block_problems(block.group(1).lower(), _attributes(block.group(2)), block.group(3), own_hosts)
    return problems


def _attributes(text: str) -> dict[str, str]:
    found = {}
    for match in _ATTRIBUTE.finditer(text):
        value = match.group(2) or ""
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


def _tag_problems(tag: str, attributes: dict[str, str], own_hosts: set[str]) -> list[str]:
    problems = []
    rels = set(attributes.get("rel", "").lower().split())
    for name, value in attributes.items():
        if name.startswith("on"):
            problems.append(f"<{tag}> has an event handler attribute {name}")
        elif name == "style":
            problems += _css_problems(value, own_hosts)
        elif value and (name in _LOADING_ATTRIBUTES or (name == "href" and (rels & _LOADING_LINKS or tag in ("image", "use")))):
            urls = [part.split()[0] for part in value.split(",") if part.strip()] if "srcset" in name else [value]
            problems += [f"<{tag} {name}> loads from another host: {url[:60]}" for url in urls if _is_outside(url, own_hosts)]
    if tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh":
        target = attributes.get("content", "").partition("url=")[2]
        if not target or _is_outside(target, own_hosts):
            problems.append(f"<meta http-equiv=refresh> sends the reader elsewhere: {target[:60]}")
    if tag == "base":
        problems.append("<base> changes where every link on the page points")
    return problems


def _block_problems(tag: str, attributes: dict[str, str], text: str, own_hosts: set[str]) -> list[str]:
    if tag == "style":
        return _css_problems(text, own_hosts)
    if attributes.get("type", "").lower() == "application/json":
        try:
            json.loads(text)
        except ValueError:
            return ["a JSON <script> block is not JSON"]
        return []
    if not text.strip():
        return [] if "src" in attributes else ["an empty <script> without src"]
    if script_fingerprint(text) not in THEME_SCRIPTS:
        return [f"an inline <script> the project did not write: {text.strip()[:60]}"]
    return []


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
