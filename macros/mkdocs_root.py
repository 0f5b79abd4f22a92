"""MkDocs hook for the root build: after the language chooser is built, build each language
into its own folder of the same site, so `mkdocs build` and `mkdocs serve` cover the whole site."""
from __future__ import annotations

import os
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from macros.mkdocs_language import checked_framework


def on_config(config):
    checked_framework(config)  # stop before the site folder is cleaned or anything is written
    return config


def on_post_build(config):
    config_dir = Path(config.config_file_path).parent
    for lang, language_config in config.extra["language_configs"].items():
        site_url = f"{config.site_url or '/'}{lang}/"
        language = load_config(
            config_file=str(config_dir / language_config),
            site_dir=os.path.join(config.site_dir, lang),
            site_url=site_url,
            strict=config.strict,
        )
        build(language)
