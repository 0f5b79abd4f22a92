"""Every tool gets its form: a template or checklist to print and to download as a Word file, or
a reason, on the tool's page in both languages, why it has none."""
from __future__ import annotations

import pytest

from macros.i18n import strings
from macros.urls import download_path, url_for

from conftest import LANGUAGES, real_framework
from site_pages import BuiltSite

FRAMEWORK = real_framework()
TOOLS = FRAMEWORK.all("tools")
# Tools whose method is a table or a checklist (issue 9): each has a template of its own.
TABLE_TOOLS = ("parathedsanalyse", "interessentanalyse", "risikoanalyse", "maalhierarki", "milepaelsplan",
               "forankringsplan", "samarbejdsaftale", "standarddagsorden", "monitoreringssystem")


@pytest.fixture(scope="module")
def built(site) -> BuiltSite:
    return BuiltSite(site)


def test_every_tool_has_a_form_or_says_why_not():
    for tool in TOOLS:
        assert tool.templates or tool.checklists or tool.no_form, f"{tool.id} has no form and says nothing"
        if tool.no_form:
            assert tool.is_editorial("no_form"), f"{tool.id}: the reason is the editors' and must be marked"


@pytest.mark.parametrize("tool_id", TABLE_TOOLS)
def test_tools_whose_method_is_a_table_have_a_template_of_their_own(tool_id):
    tool = FRAMEWORK.get("tools", tool_id)
    own = [template for template in tool.templates if template.tools == (tool,)]
    assert own, f"{tool_id} has no template of its own"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("tool", TOOLS, ids=lambda tool: tool.id)
def test_the_tool_page_links_its_forms_or_gives_the_reason(built, tool, lang):
    path = url_for(tool, lang)
    links = built.main_links(path)
    for form in (*tool.templates, *tool.checklists):
        assert url_for(form, lang) in links, f"{path} does not link {form.id}"
        assert built.exists(f"{lang}/{download_path(form, lang)}"), f"no Word file of {form.id}"
    heading = built.soup(path).select_one("article h2#no-form")
    if tool.no_form:
        assert heading is not None and heading.get_text(strip=True).rstrip("¶") == strings(lang)["no_form"]
        reason = heading.find_next_sibling()
        assert "editorial" in reason.get("class", []), "the reason is not marked as the editors'"
        assert tool.no_form[lang].split()[0] in reason.get_text(" ", strip=True)
    else:
        assert heading is None


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("template", FRAMEWORK.all("templates"), ids=lambda template: template.id)
def test_a_template_whose_layout_is_the_editors_says_so(built, template, lang):
    text = built.soup(url_for(template, lang)).select_one("article").get_text(" ", strip=True)
    t = strings(lang)
    for field, key in (("columns", "form_columns_editorial"), ("parts", "form_rows_editorial")):
        assert (t[key] in text) == template.is_editorial(field), f"{template.id}: {field}"
    assert template.citations, f"{template.id} cites no source"
