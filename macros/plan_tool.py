"""What the plan tool's page hands its script: where the open data is, and the interface texts.

The tool (overrides/assets/plan/) reads its questions, factors and phases from the open data only;
the page gives it the addresses (from `urls`) and the texts of the interface in the page's language.
"""
from __future__ import annotations

from .i18n import strings
from .urls import PLAN_SCHEMA, open_data_file, open_data_url, relative, site_path

UI_PREFIXES = ("plan_", "gate_", "form_")


def plan_tool_config(lang: str, here: str) -> dict:
    """`here` is the page's path from the site root; addresses are given relative to it."""
    return {
        "data": relative(open_data_url(open_data_file(lang), lang), here),
        "schema": relative(open_data_url(PLAN_SCHEMA, lang), here),
        "root": relative(site_path(lang, ""), here) + "../",  # the language folders sit in the site root
        "ui": {key: text for key, text in strings(lang).items() if key.startswith(UI_PREFIXES)},
    }
