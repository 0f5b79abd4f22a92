"""The Norwegian checklists, counted against the slides they transcribe (seed 003: a heading line followed
by '- ' items). The items are parsed from the seed, not written down here (see seed_documents.py)."""
from __future__ import annotations

import pytest

from seed_documents import assert_similar, needs_seeds, seed

pytestmark = needs_seeds

# Slide headings of seed 003 -> the checklist that transcribes the slide (ids fixed by the content brief).
NORWEGIAN_CHECKLISTS = {
    "Sjekkliste": "sjekkliste-lokal-implementering",
    "Vurdering av hvor godt tiltaket passer til kommunen": "vurdering-af-passform",
    "Risiko-analyse: hva kan gå galt?": "risici",
    "Kommunenes erfaringer med - suksessfaktorer i planarbeidet": "suksessfaktorer",
    "Brukermedvirkning": "brukermedvirkning",
}


@pytest.fixture(scope="module")
def norwegian_slides() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    heading = None
    for line in seed(3).splitlines():
        if line.startswith("- "):
            if heading is not None:
                found[heading].append(line[2:].strip())
        elif line.strip():
            heading = line.strip()
            found.setdefault(heading, [])
    return found


@pytest.mark.parametrize("heading, checklist_id", NORWEGIAN_CHECKLISTS.items())
def test_norwegian_checklist(framework, norwegian_slides, heading, checklist_id):
    source = norwegian_slides[heading]
    checklist = framework.get("checklists", checklist_id)
    assert source, f"slide «{heading}» has no items"
    assert len(checklist.items) == len(source), (
        f"{checklist_id}: {len(checklist.items)} items, slide «{heading}» has {len(source)}")
    assert_similar([item.text.nb for item in checklist.items], source, 0.85, f"{checklist_id} (nb)")
