"""Implementeringsguiden's data layer and page rendering.

`define_env` is the entry point for mkdocs-macros and only registers, in the order the data
flows: load (done once per build in `site_data`), then render. Everything else in this
package is plain Python that does not import MkDocs, except the `mkdocs_*` hook modules.
"""
from __future__ import annotations

from pathlib import Path


def define_env(env):
    from .render import PageRenderer, renderer_for, template_name
    from .site_data import current_framework
    from .urls import site_path

    def renderer() -> PageRenderer:
        return renderer_for(current_framework(data_dir(env.conf)), env.conf["theme"]["language"])

    def here() -> str:
        return site_path(env.conf["theme"]["language"], env.page.url)

    @env.macro
    def entity_page(kind: str, entity_id: str) -> str:
        page_renderer = renderer()
        entity = page_renderer.framework.get(kind, entity_id)
        return page_renderer.render(template_name(kind, True), here(), entity=entity)

    @env.macro
    def overview_page(kind: str) -> str:
        return renderer().render(template_name(kind, False), here(), kind=kind)

    @env.macro
    def levels_summary() -> str:
        return renderer().render("overviews/home-levels.md", here())

    @env.macro
    def cited_sources(*source_ids: str) -> str:
        """The sources box for a hand-written page."""
        page_renderer = renderer()
        known = page_renderer.framework.entities["sources"]
        unknown = [source_id for source_id in source_ids if source_id not in known]
        if unknown:
            raise ValueError(f"cited_sources: no source {', '.join(unknown)} (known: {', '.join(sorted(known))})")
        sources = [known[source_id] for source_id in source_ids]
        return page_renderer.render("citations.md", here(), sources=sources)


def data_dir(config) -> Path:
    """The data folder named by `extra.data_dir`, relative to the config file."""
    base = Path(config["config_file_path"]).parent
    return (base / config["extra"].get("data_dir", "../data")).resolve()
