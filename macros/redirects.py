"""Addresses the site published before keep working: a small page that sends the reader on,
and the Word forms copied to where they were (a file download cannot be redirected by a
static host)."""
from __future__ import annotations

import shutil
from pathlib import Path

from markupsafe import Markup

from .model import Entity
from .render import PageRenderer
from .urls import download_path, former_download_path, relative, url_for
from .word_forms import FORM_KINDS


def redirect_page(renderer: PageRenderer, former: str, thing, site_root: str) -> Markup:
    """The page at the former address `former` (from the site root), sending the reader to `thing`."""
    target = url_for(thing, renderer.lang)
    title = thing.title[renderer.lang] if isinstance(thing, Entity) else renderer.strings[f"overview_{thing}"]
    return renderer.render("redirect.html", former, target=relative(target, former), absolute=site_root + target,
                           title=title)


def keep_former_downloads(framework, lang: str, site_dir: Path) -> None:
    for kind in FORM_KINDS:
        for entity in framework.all(kind):
            former = site_dir / former_download_path(entity, lang)
            current = site_dir / download_path(entity, lang)
            if former != current:
                former.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(current, former)
