"""MkDocs hook for one language's build: check the data, add a page per entity, set the nav,
and tell each page where it lives in the other language."""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from macros import data_dir
from macros.errors import DataErrors
from macros.i18n import strings
from macros.nav import site_nav
from macros.open_data import content_version, write_open_data
from macros.pages import generated_pages
from macros.plan_tool import plan_tool_config
from macros.site_data import current_framework, framework_for
from macros.urls import in_language, relative, site_path
from macros.word_forms import write_documents


def checked_framework(config):
    """The framework, or a build error that lists every problem in the data (no traceback)."""
    try:
        return framework_for(data_dir(config))
    except DataErrors as problems:
        raise PluginError(problems.report()) from None


def on_config(config):
    framework = checked_framework(config)
    lang = config.theme["language"]
    docs = Path(config.docs_dir)
    prose = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    config.nav = site_nav(framework, lang, [p for p in prose if p != "index.md"])
    return config


def on_files(files, config):
    lang = config.theme["language"]
    for file in files.documentation_pages():
        file.edit_uri = f"docs/{lang}/{file.src_uri}"
    for page in generated_pages(current_framework(data_dir(config))):  # checked in on_config
        generated = File.generated(config, page.source, content=page.markdown(lang))
        generated.edit_uri = page.data_file
        files.append(generated)
    return files


def on_page_context(context, page, config, nav):
    lang = config.theme["language"]
    root = config.site_url.removesuffix(f"{lang}/")
    here = site_path(lang, page.url)
    context["ui"] = strings(lang)
    context["translations"] = [
        {"lang": code, "name": name, "current": code == lang,
         "href": relative(in_language(here, code), here), "absolute": root + in_language(here, code)}
        for code, name in config.extra["languages"].items()
    ]
    if page.meta.get("template") == "plan.html":
        context["plan_tool"] = plan_tool_config(lang, here)
    return context


def on_post_build(config):
    """Word forms of every template, checklist and gate, beside their pages; the framework as open data."""
    framework, lang, site_dir = current_framework(data_dir(config)), config.theme["language"], Path(config.site_dir)
    write_documents(framework, lang, site_dir)
    write_open_data(framework, lang, site_dir, content_version(data_dir(config)))
