"""MkDocs hook for one language's build: check the data and the hand-written pages, add a page
per entity, set the nav, give each page its title from the model, and tell each page where it
lives in the other language.

MkDocs and Material treat page titles and descriptions as HTML, so every text from the data or
from a page's front matter is escaped before it is handed to them. Hooks run after the plugins
(mkdocs-macros among them), so what is set here is never read as a template.
"""
from __future__ import annotations

from pathlib import Path

from markupsafe import escape
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from macros import data_dir
from macros.build_cache import cache_dir, template_bytecode
from macros.errors import DataErrors
from macros.i18n import strings
from macros.material_markup import mended
from macros.nav import site_nav
from macros.pages import generated_pages
from macros.prose import prose_additions, prose_problems
from macros.render import renderer_for
from macros.site_data import current_framework, framework_for
from macros.urls import in_language, relative, site_path
from macros.word_forms import write_documents

_generated: dict = {}  # src_uri -> GeneratedPage, for the build that is running


def checked_framework(config):
    """The framework, or a build error that lists every problem in the data (no traceback)."""
    try:
        return framework_for(data_dir(config))
    except DataErrors as problems:
        raise PluginError(problems.report()) from None


def on_config(config):
    framework = checked_framework(config)
    docs = Path(config.docs_dir)
    problems = prose_problems(docs, framework, data_dir(config).parent)
    if problems:
        raise PluginError(DataErrors(problems).report())
    prose = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    config.nav = site_nav(framework, config.theme["language"], [p for p in prose if p != "index.md"])
    return config


def on_files(files, config):
    lang = config.theme["language"]
    for file in files.documentation_pages():
        file.edit_uri = f"docs/{lang}/{file.src_uri}"
    _generated.clear()
    for page in generated_pages(current_framework(data_dir(config))):  # checked in on_config
        generated = File.generated(config, page.source, content=page.markdown())
        generated.edit_uri = page.data_file
        files.append(generated)
        _generated[page.source] = page
    return files


def on_page_markdown(markdown, page, config, files):
    lang = config.theme["language"]
    generated = _generated.get(page.file.src_uri)
    if generated:
        page.title = str(escape(generated.title(lang)))
        page.meta["description"] = str(escape(generated.description(lang)))
        return markdown
    page.title = str(escape(page.title))
    if "description" in page.meta:
        page.meta["description"] = str(escape(page.meta["description"]))
    renderer = renderer_for(current_framework(data_dir(config)), lang)
    additions = prose_additions(page.meta, renderer, site_path(lang, page.url))
    return f"{markdown}\n\n{additions}\n"  # the page is Markdown, not escaped text: no Markup arithmetic


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
    return context


def on_env(env, config, files):
    """Material's templates are compiled once, not on every build."""
    env.bytecode_cache = template_bytecode()
    return env


def on_post_page(output, page, config):
    return mended(output)


def on_post_template(output, template_name, config):
    return mended(output)  # 404.html


def on_post_build(config):
    """Word forms of every template, checklist and gate, beside their pages."""
    write_documents(current_framework(data_dir(config)), config.theme["language"], Path(config.site_dir),
                    cache_dir("word-forms"))
