"""Coverage of the content: every tool of the brief exists, every page has titles, summaries and citations,
the relations are filled in, the texts are translated and the term table is sound.

Only test_the_seed_sources_are_the_seed_documents reads the seeds; the rest run without them.
"""
from __future__ import annotations

import dataclasses

import pytest

from macros import model as m
from seed_documents import needs_seeds, seed_paths

# The tools of the content brief's fixed id list (not a count from a seed: the brief fixes the ids).
TOOLS = ("maalhierarki", "forandringsteori", "interessentanalyse", "milepaelsplan", "risikoanalyse",
         "parathedsanalyse", "implementeringsplan", "forankringsplan", "standarddagsorden", "standardoplaeg",
         "samarbejdsaftale", "monitoreringssystem", "implementeringsteam", "fremtidsvaerksted")


def test_every_tool_of_the_brief_exists(framework):
    ids = {tool.id for tool in framework.all("tools")}
    assert not set(TOOLS) - ids, f"missing tools: {sorted(set(TOOLS) - ids)}"


def test_every_tool_has_a_phase(framework):
    assert not [t.id for t in framework.all("tools") if not t.phases]


def test_every_page_has_titles_summaries_and_citations(framework):
    for entity in framework.pages():
        where = f"{entity.kind}/{entity.id}"
        for field in ("title", "summary"):
            for lang in m.LANGUAGES:
                assert getattr(entity, field)[lang].strip(), f"{where}: {field}.{lang} is empty"
        if not isinstance(entity, m.Source):
            assert entity.citations, f"{where}: cites no source"


@needs_seeds
def test_the_seed_sources_are_the_seed_documents(framework):
    # A source without citations is one of the documents the site is written from; there is one per seed file.
    seeds = [s for s in framework.all("sources") if s.is_seed]
    assert len(seeds) == len(seed_paths())


def test_relations(framework):
    problems = []
    for factor in framework.all("factors"):
        if factor.level is None:
            problems.append(f"factor {factor.id} has no level")
        if not factor.questions and not factor.tools:
            problems.append(f"factor {factor.id} has no question and no tool")
    problems += [f"tool {t.id} has no phase" for t in framework.all("tools") if not t.phases]
    problems += [f"phase {p.id} has no tool" for p in framework.all("phases") if not p.tools]
    for item in framework.get("checklists", "refleksionsspoergsmaal").items:
        if not (item.level or item.factor or item.phase or item.tool):
            problems.append(f"refleksionsspoergsmaal item {item.id} has no level, factor, phase or tool")
    assert not problems, "\n".join(problems)


def texts(obj):
    """Every Text an entity's own fields hold (not its citations, nor the relations the linker fills)."""
    for field in dataclasses.fields(obj):
        if not field.init or field.name in ("citations", "editorial"):
            continue
        yield from _texts(getattr(obj, field.name))


def _texts(value):
    if isinstance(value, m.Text):
        yield value
    elif isinstance(value, tuple):
        for element in value:
            yield from _texts(element)
    elif dataclasses.is_dataclass(value) and not isinstance(value, m.Entity):
        yield from texts(value)


@pytest.mark.parametrize("kind", ["factors", "levels", "tools", "checklists"])
def test_texts_are_translated(framework, kind):
    for entity in framework.all(kind):
        found = list(texts(entity))
        assert any(t.da.strip() != t.nb.strip() for t in found), f"{kind}/{entity.id}: da and nb are identical"
        # A long text that is the same in both languages was copied, not translated.
        copied = [t.da[:60] for t in found if len(t.da) > 80 and t.da.strip() == t.nb.strip()]
        assert not copied, f"{kind}/{entity.id}: untranslated texts {copied}"


def test_terms(framework):
    seen: dict[str, str] = {}
    for term in framework.terms:
        assert term.da.strip() and term.nb.strip(), f"terms/{term.id}"
        key = term.da.strip().casefold()
        assert key not in seen, f"terms/{term.id} and terms/{seen[key]} both define {term.da!r}"
        seen[key] = term.id
