"""Interface texts and URLs: the small tables and functions every page relies on."""
from __future__ import annotations

import pytest

from macros.i18n import strings
from macros.urls import OVERVIEW_KINDS, former_addresses, page_source, relative, url_for

from conftest import real_framework


def test_both_languages_have_the_same_interface_texts():
    assert strings("da").keys() == strings("nb").keys()
    assert all(value.strip() for lang in ("da", "nb") for value in strings(lang).values())


def test_every_overview_has_a_title_and_description_in_both_languages():
    for lang in ("da", "nb"):
        for kind in OVERVIEW_KINDS:
            assert strings(lang)[f"overview_{kind}"] and strings(lang)[f"overview_{kind}_description"]


@pytest.mark.parametrize("target, page, expected", [
    ("da/factors/motivation/", "da/factors/caseload/", "../motivation/"),
    ("da/factors/motivation/", "da/", "factors/motivation/"),
    ("da/checklists/x/#q1", "da/factors/motivation/", "../../checklists/x/#q1"),
    ("nb/factors/motivation/", "da/factors/motivation/", "../../../nb/factors/motivation/"),
    ("da/", "da/factors/motivation/", "../../"),
    ("da/levels/", "da/levels/", "./"),
])
def test_relative_links(target, page, expected):
    assert relative(target, page) == expected


def test_addresses_are_in_the_reader_s_language_and_nested_things_are_anchors():
    framework = real_framework()
    factor = framework.get("factors", "motivation")
    assert url_for(factor, "da") == "da/faktorer/motivation/"
    assert url_for(factor, "nb") == "nb/faktorer/motivasjon/"
    assert page_source(factor, "nb") == "faktorer/motivasjon/index.md"
    checklist = framework.get("checklists", "refleksionsspoergsmaal")
    item = checklist.items[0]
    assert url_for(item, "da") == f"da/tjeklister/refleksionsspoergsmaal/#{item.id}"
    assert url_for(item, "nb") == f"nb/sjekklister/refleksjonssporsmal/#{item.id}"
    assert url_for("glossary", "da") == "da/ordliste/"
    assert url_for(framework.get("tools", "risikoanalyse"), "nb") == "nb/verktoy/risikoanalyse/"
    with pytest.raises(TypeError):
        page_source(item, "da")


def test_every_former_address_is_listed_once_with_its_page():
    framework = real_framework()
    for lang in ("da", "nb"):
        former = dict(former_addresses(framework, lang))
        assert former["factors/motivation/"] is framework.get("factors", "motivation")
        assert former["glossary/"] == "glossary"
        assert "guide/" not in former  # the whole guide came after the move, at the same address
        assert len(former) == len(framework.pages()) + len(OVERVIEW_KINDS) - 1


def test_relations_are_navigable_both_ways():
    framework = real_framework()
    for factor in framework.all("factors"):
        assert factor in factor.level.factors
    for tool in framework.all("tools"):
        for phase in tool.phases:
            assert tool in phase.tools
    for item in framework.questions():
        if item.factor:
            assert item in item.factor.questions
    for gate in framework.all("gates"):
        assert gate in gate.from_phase.gates_out and gate in gate.to_phase.gates_in



def test_the_framework_says_so_when_asked_for_what_it_does_not_have():
    framework = real_framework()
    with pytest.raises(KeyError, match="no kind 'factor'"):
        framework.all("factor")
    with pytest.raises(KeyError, match="no factors 'motivasjon'"):
        framework.get("factors", "motivasjon")
    assert framework.get("factors", "motivation").id == "motivation"
