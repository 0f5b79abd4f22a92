"""MkDocs hook for one language's build: check the data and the hand-written pages, add a page
per entity, set the nav, give each page its title from the model, and tell each page where it
lives in the other language, which file its edit pencil opens, when its content last changed
(the git history is read once per build) and where to report a mistake on it.

MkDocs and Material treat page titles and descriptions as HTML, so every text from the data or
from a page's front matter is escaped before it is handed to them. Hooks run after the plugins
(mkdocs-macros among them), so what is set here is never read as a template.
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import mkdocs_macros.context
from markupsafe import escape
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from macros import data_dir
from macros.build_cache import cache_dir, template_bytecode
from macros.content_history import content_version, current_history, read_history
from macros.errors import DataErrors
from macros.i18n import long_date, strings
from macros.material_markup import mended
from macros.nav import site_nav
from macros.open_data import write_open_data
from macros.page_sitemaps import write_page_sitemaps
from macros.partial_rebuild import PlannedFile, Preview
from macros.pages import generated_pages
from macros.plan_tool import plan_tool_config
from macros.print_labels import print_labels
from macros.prose import prose_page, prose_problems
from macros.redirects import keep_former_downloads, redirect_page
from macros.render import renderer_for
from macros.site_data import current_framework, framework_for
from macros.site_settings import SettingError, SiteSettings, settings_from
from macros.urls import CHANGES_PAGE, PROSE_PAGES, former_addresses, page_source, relative, site_path, url_for
from macros.whole_guide import NOT_IN_THE_GUIDE, guide_chapters, navigation_chapters
from macros.word_forms import write_documents

# mkdocs-macros runs twelve `git` commands on every build, for a `git` template variable that no
# page of ours reads (a page is a template only where the site generated it, and its macros read
# the model); it has no setting to leave them out. Left out here, before its on_config runs.
mkdocs_macros.context.get_git_info = lambda: {"status": False, "date": None}

_generated: dict = {}  # src_uri -> GeneratedPage, for the build that is running
_alternates: dict = {}  # page folder -> the page's address in every language, for the build that is running
_preview: Preview | None = None  # under `mkdocs serve --dirty` (macros/partial_rebuild.py)


def on_startup(command, dirty):
    global _preview
    _preview = Preview() if command == "serve" and dirty else None


def checked_framework(config):
    """The framework, or a build error that lists every problem in the data (no traceback)."""
    try:
        return framework_for(data_dir(config))
    except DataErrors as problems:
        raise PluginError(problems.report()) from None


def on_config(config):
    if _preview is not None:
        _preview.start(data_dir(config).parent, Path(config.site_dir))
        # Material's search merges a dirty build's index on its own, for one page a rebuild;
        # the preview merges it instead, for any number of pages.
        search = config.plugins.get("material/search")
        if search is not None:
            search.is_dirty = False
    framework = checked_framework(config)
    settings = checked_settings(config)
    config.edit_uri = settings.edit_base  # None: no edit pencil on any page
    read_history(data_dir(config).parent)
    docs = Path(config.docs_dir)
    problems = prose_problems(docs, framework, data_dir(config).parent)
    if problems:
        raise PluginError(DataErrors(problems).report())
    prose = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    config.nav = site_nav(framework, config.theme["language"], [p for p in prose if p != "index.md"])
    return config


def checked_settings(config) -> SiteSettings:
    """The publishing settings (REPO_URL ...), or a build error that names the one that is wrong."""
    try:
        return settings_from(config.extra)
    except SettingError as problem:
        raise PluginError(str(problem)) from None


def on_files(files, config):
    lang = config.theme["language"]
    framework = current_framework(data_dir(config))  # checked in on_config
    for file in files.documentation_pages():
        file.edit_uri = f"docs/{lang}/{file.src_uri}"
        if _preview is not None:
            _preview.remake(file)
    _generated.clear()
    _alternates.clear()
    for page in generated_pages(framework, lang):
        generated = PlannedFile.generated(config, page.source, content=page.markdown())
        generated.edit_uri = page.data_file
        generated.stale = _preview is None or _preview.is_stale(page)
        files.append(generated)
        _generated[page.source] = page
    renderer = renderer_for(framework, lang)
    for address, thing in former_addresses(framework, lang):
        files.append(File.generated(config, address + "index.html", content=redirect_page(
            renderer, site_path(lang, address), thing, config.site_url.removesuffix(f"{lang}/"))))
    return files


def on_nav(nav, config, files):
    if _preview is not None:
        _preview.restore_titles(nav.pages)
    return nav


def on_page_markdown(markdown, page, config, files):
    lang = config.theme["language"]
    generated = _generated.get(page.file.src_uri)
    if generated:
        page.title = str(escape(generated.title()))
        page.meta["description"] = str(escape(generated.description()))
        return markdown
    page.title = str(escape(page.title))
    if "description" in page.meta:
        page.meta["description"] = str(escape(page.meta["description"]))
    renderer = renderer_for(current_framework(data_dir(config)), lang)
    return prose_page(markdown, page.meta, renderer, site_path(lang, page.url), checked_settings(config))


def on_page_context(context, page, config, nav):
    lang = config.theme["language"]
    root = config.site_url.removesuffix(f"{lang}/")
    here = site_path(lang, page.url)
    context["ui"] = strings(lang)
    context["last_changed"] = _last_changed(page, config)
    context["report_page_url"] = checked_settings(config).report_url_for(page.canonical_url or "")
    context["site_links"] = [(ui_key, relative(url_for(name, lang), here))
                             for ui_key, name in (("footer_about", "about"), ("overview_changes", CHANGES_PAGE),
                                                  ("accessibility_statement", "accessibility"))]
    context["print_labels"] = print_labels(html.unescape(page.title), config.site_name, lang)  # the title was escaped above
    context["translations"] = []
    for code, name in config.extra["languages"].items():
        there = _same_page_in(code, page, config)
        context["translations"].append({"lang": code, "name": name, "current": code == lang,
                                        "href": relative(there, here), "absolute": root + there})
    _alternates[page.url] = {alt["lang"]: alt["absolute"] for alt in context["translations"]}
    if _preview is not None:
        _preview.titles[page.file.src_uri] = page.title
    if page.meta.get("template") == "plan.html":
        context["plan_tool"] = plan_tool_config(lang, here)
    if page.file.src_uri == page_source("guide", lang):  # every other page is converted by now
        skip = {page.file.src_uri, *(page_source(name, lang) for name in NOT_IN_THE_GUIDE)}
        chapters = guide_chapters(navigation_chapters(nav.items, skip, lang), here)
        renderer = renderer_for(current_framework(data_dir(config)), lang)
        page.content = page.content + str(renderer.render("guide/contents.html", here, chapters=chapters))
    return context


def _same_page_in(lang: str, page, config) -> str:
    """The page in another language: through the model for generated pages and the site's own
    hand-written pages (PROSE_PAGES); another hand-written page has the same file name in every
    language, or else the reader goes to that language's home."""
    generated = _generated.get(page.file.src_uri)
    if generated:
        return url_for(generated.thing, lang)
    page_lang = config.theme["language"]
    named = next((name for name, files in PROSE_PAGES.items() if files[page_lang] == page.file.src_uri), None)
    if named:
        return url_for(named, lang)
    if (Path(config.docs_dir).parent / lang / page.file.src_uri).exists():
        return site_path(lang, page.url)
    return site_path(lang, "")


def _last_changed(page, config) -> dict | None:
    """The day the files the page is made from last changed, for the line at the end of the page."""
    lang = config.theme["language"]
    generated = _generated.get(page.file.src_uri)
    content = generated.content if generated else (f"docs/{lang}/{page.file.src_uri}",)
    day = current_history(data_dir(config).parent).last_changed(*content)
    return {"iso": day.isoformat(), "text": long_date(day, lang)} if day else None


def on_env(env, config, files):
    """Material's templates are compiled once, not on every build."""
    env.bytecode_cache = template_bytecode()
    return env


def on_post_page(output, page, config):
    return mended(output)


def on_post_template(output, template_name, config):
    return mended(output)  # 404.html


def on_post_build(config):
    """Word forms of every template, checklist and gate, beside their pages; the framework as open
    data; beside each page the one-page sitemap that Material's language code asks for."""
    framework, lang, site_dir = current_framework(data_dir(config)), config.theme["language"], Path(config.site_dir)
    write_documents(framework, lang, site_dir, cache_dir("word-forms"))
    keep_former_downloads(framework, lang, site_dir)
    # The same version as the changes page: the day the data last changed, or today where git cannot say.
    write_open_data(framework, lang, site_dir, content_version(data_dir(config)) or date.today().isoformat())
    write_page_sitemaps(site_dir, lang, _alternates)
    if _preview is not None:
        _preview.finish(site_dir, set(_alternates))
