"""Implementeringsguiden's data layer and page rendering.

`define_env` is the entry point for mkdocs-macros and only registers, in the order the data
flows: load (done once per build in `site_data`), then render. Everything else in this
package is plain Python that does not import MkDocs, except the `mkdocs_*` hook modules.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


def define_env(env):
    from .changes import changes_body
    from .render import PageRenderer, renderer_for, template_name
    from .site_data import current_framework
    from .urls import site_path

    def renderer() -> PageRenderer:
        return renderer_for(current_framework(data_dir(env.conf)), env.conf["theme"]["language"])

    def here() -> str:
        return site_path(env.conf["theme"]["language"], env.page.url)

    @env.macro
    def entity_page(kind: str, entity_id: str):
        page_renderer = renderer()
        entity = page_renderer.framework.get(kind, entity_id)
        return page_renderer.render(template_name(kind, True), here(), entity=entity)

    @env.macro
    def overview_page(kind: str):
        return renderer().render(template_name(kind, False), here(), kind=kind)

    @env.macro
    def changes_page():
        return changes_body(renderer(), here(), data_dir(env.conf), Path(env.conf["docs_dir"]))


def data_dir(config) -> Path:
    """The data folder named by `extra.data_dir`, relative to the config file."""
    return _resolved(config["config_file_path"], config["extra"].get("data_dir", "../data"))


@lru_cache(maxsize=None)
def _resolved(config_file: str, folder: str) -> Path:
    return (Path(config_file).parent / folder).resolve()  # asked for on every page
