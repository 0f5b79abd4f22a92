"""The process, counted against the seeds: the phases, gates and tools of the overall plan (seed 000, slide
«Overordnet plan for implementeringsforløb») and the steps of the process models (seeds 000, 002, 003, 004).

The expected numbers and texts are parsed from the seeds, not written down here (see seed_documents.py).
"""
from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup

from seed_documents import assert_similar, needs_seeds, normalise, seed, slides, vaerktoej5

pytestmark = needs_seeds


# ---------------------------------------------------------------------------------------------------
# Phases and gates (seed 000 slide «Overordnet plan for implementeringsforløb»)

@pytest.fixture(scope="module")
def overall_plan() -> dict:
    """The slide's rows: FORMAL (phase names, STOP/GO), MILEPÆLE, FORM and VÆRKTØJER, each a Markdown table
    whose cells are <ul> lists, one per column."""
    slide = slides()["Overordnet plan for implementeringsforløb"]
    lines = slide.splitlines()

    def start(label):  # the row labels: 'FORMAL', 'MILEPÆLE/', 'FORM', 'Soc VÆRKTØJER'
        return next(i for i, line in enumerate(lines) if line.strip() == label or line.startswith(label + " "))

    def columns(first, last):
        uls = BeautifulSoup("\n".join(lines[first:last]), "lxml").find_all("ul")
        return [[li.get_text(" ").replace("•", " ").strip() for li in ul.find_all("li")] for ul in uls]

    formal, milestones, form, tools = start("FORMAL"), start("MILEPÆLE/"), start("FORM"), start("Soc VÆRKTØJER")
    first_gate = start("STOP/GO")
    return {
        "names": [line.strip() for line in lines[formal + 1:first_gate] if line.strip()],
        "gates": re.findall(r"STOP/GO\s+(.+?\?)", slide, flags=re.S),
        "milestones": columns(milestones, form),
        "form": columns(form, tools),
        "tools": columns(tools, len(lines)),
    }


def test_phases_are_the_columns_of_the_plan(framework, overall_plan):
    phases = framework.all("phases")
    assert [p.order for p in phases] == list(range(1, len(phases) + 1))
    assert len(phases) == len(overall_plan["milestones"]) == len(overall_plan["form"]) == len(overall_plan["tools"])
    # The FORMAL row names the last three columns; the first (start-up) column has no name on the slide.
    names = overall_plan["names"]
    assert [p.title.da for p in phases[-len(names):]] == names
    for phase, milestones, form in zip(phases, overall_plan["milestones"], overall_plan["form"]):
        assert_similar([t.da for t in phase.milestones], milestones, 0.9, f"milestones of {phase.id}")
        work_forms = [part for cell in form for part in re.split(r",\s*", cell)]
        assert len(phase.work_forms) == len(work_forms), f"work forms of {phase.id}: {work_forms}"


def test_tools_of_the_plan_have_their_phase(framework, overall_plan):
    tools = framework.all("tools")
    for phase, cells in zip(framework.all("phases"), overall_plan["tools"]):
        for name in (part for cell in cells for part in re.split(r",\s*", cell)):
            matches = [t for t in tools if normalise(name).startswith(normalise(t.title.da))]
            assert matches, f"the slide's tool {name!r} ({phase.id}) has no file in data/tools"
            tool = max(matches, key=lambda t: len(t.title.da))
            assert phase.id in tool.phase_ids, f"tool {tool.id} is listed for {phase.id} on the slide"


def test_gates(framework, overall_plan):
    gates, phases = framework.all("gates"), framework.all("phases")
    assert len(gates) == len(overall_plan["gates"]) == 2
    # The gates stand between the named phases: one fewer than there are names.
    assert len(gates) == len(overall_plan["names"]) - 1
    by_order = {p.order: p for p in phases}
    for gate in gates:
        assert by_order.get(gate.from_phase.order + 1) is gate.to_phase, f"{gate.id} must lead to the next phase"
        assert gate.from_phase.title.da in overall_plan["names"]
    assert sorted(g.from_phase.order for g in gates) == [p.order for p in phases[-len(gates) - 1:-1]]
    for gate, question in zip(sorted(gates, key=lambda g: g.from_phase.order), overall_plan["gates"]):
        assert normalise(gate.question.da) == normalise(question)


# ---------------------------------------------------------------------------------------------------
# Process models

def test_implementeringsguide_steps(framework):
    source = [re.sub(r"^\d+\.\s+", "", line) for line in slides()["Implementeringsguide"].splitlines()
              if re.match(r"^\d+\.\s", line)]
    model = framework.get("process-models", "implementeringsguide-5-trin")
    assert len(source) == 5
    assert_similar([s.title.da for s in model.steps], source, 0.9, "implementeringsguide-5-trin")


def test_styringsgrundlag_steps(framework):
    # 'Trin N: Title. ...' in seed 002 (OCR-damaged: 'Leeringsfase' = Læringsfase)
    found = re.findall(r"Trin (\d+): ([^.:]+)", seed(2))
    numbers = [int(n) for n, _ in found]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 7
    model = framework.get("process-models", "styringsgrundlag-7-trin")
    assert_similar([s.title.da for s in model.steps], [f"Trin {n}: {title}" for n, title in found], 0.85,
                   "styringsgrundlag-7-trin")


def test_vaerktoej5_phases(framework):
    model = framework.get("process-models", "vaerktoej-5-faser")
    assert_similar([s.title.da for s in model.steps], [p["title"] for p in vaerktoej5()], 0.9, "vaerktoej-5-faser")


def test_active_implementation_framework_has_steps(framework):
    # Editorial: seed 003 has only the slide title «The active implementation framework (Fixsen et al., 2005)».
    assert len(framework.get("process-models", "active-implementation-framework").steps) >= 1
