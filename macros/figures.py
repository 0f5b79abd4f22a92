"""Where the shapes and lines of text go in the two figures: the four levels nested, and the phases
with their STOP/GO points and milestones.

Positions are worked out here, from the model and one language, so the SVG templates in
macros/templates/figures/ only place what they are given. Text is wrapped by a character count:
SVG has no line breaking, and the figure's text alternative carries every word in any case.
"""
from __future__ import annotations

import textwrap
from dataclasses import dataclass

from .framework import Framework

WIDTH = 720
LINE = 18            # distance between lines of body text
TITLE = 22           # from the top of a box to its title's baseline
CHAR = 7.6           # average width of one character of body text (14 px system sans-serif), generously


@dataclass(frozen=True)
class Line:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float


def wrap(text: str, width: float, x: float, y: float) -> list[Line]:
    """`text` broken into lines that fit `width` pixels, the first baseline at `y`."""
    chars = max(10, int(width / CHAR))
    return [Line(x, y + LINE * n, part) for n, part in enumerate(textwrap.wrap(text, chars))]


@dataclass(frozen=True)
class LevelBand:
    box: Box
    title: Line
    factors: list[Line]
    level: object


@dataclass(frozen=True)
class LevelsFigure:
    width: float
    height: float
    bands: list[LevelBand]   # outermost (the context) first, so inner boxes are drawn on top


def levels_figure(framework: Framework, lang: str) -> LevelsFigure:
    """The four levels as nested boxes: the individual inside the culture inside the municipality inside
    the context, each with its factors."""
    inset, gap = 18, 10
    outer_first = list(reversed(framework.levels))
    placed, y = [], 0.0
    for depth, level in enumerate(outer_first):
        x = depth * inset
        width = WIDTH - 2 * x
        title = Line(x + 14, y + TITLE, level.label[lang])
        factors = wrap(" · ".join(f.title[lang] for f in level.factors), width - 28, x + 14, y + TITLE + LINE + 4)
        placed.append((level, x, y, width, title, factors))
        y = (factors[-1].y if factors else title.y) + gap + 6
    inner_bottom = y + 4
    last = len(placed) - 1
    bands = [LevelBand(Box(x, top, width, inner_bottom + (last - depth) * inset - top), title, factors, level)
             for depth, (level, x, top, width, title, factors) in enumerate(placed)]
    return LevelsFigure(WIDTH, inner_bottom + last * inset + 1, bands)


@dataclass(frozen=True)
class PhaseRow:
    box: Box            # the phase's name
    title: Line
    milestones: list[list[Line]]
    phase: object


@dataclass(frozen=True)
class GateMark:
    centre_x: float
    centre_y: float
    label: Line
    question: Line
    gate: object


@dataclass(frozen=True)
class PhasesFigure:
    width: float
    height: float
    rows: list[PhaseRow]
    gates: list[GateMark]
    arrows: list[tuple[float, float]]   # (from y, to y) down the left column


def phases_figure(framework: Framework, lang: str) -> PhasesFigure:
    """The phases top to bottom, each with its milestones, and a STOP/GO point wherever a gate stands
    between two phases."""
    name_width, text_x, gate_height, row_gap = 170, 200, 64, 22
    rows, gates, arrows, y = [], [], [], 0.0
    for phase in framework.phases:
        milestones, line_y = [], y + TITLE
        for milestone in phase.milestones:
            lines = wrap(milestone[lang], WIDTH - text_x - 16, text_x + 16, line_y)
            milestones.append(lines)
            line_y = lines[-1].y + LINE + 4
        height = max(48.0, line_y - LINE - 4 - y + 14)
        rows.append(PhaseRow(Box(0, y, name_width, height), Line(name_width / 2, y + height / 2 + 5, phase.title[lang]),
                             milestones, phase))
        y += height
        for gate in phase.gates_out:
            centre = y + row_gap + gate_height / 2
            arrows.append((y, centre - gate_height / 2))
            gates.append(GateMark(name_width / 2, centre, Line(name_width / 2, centre + 5, "STOP/GO"),
                                  Line(text_x + 16, centre + 5, gate.question[lang]), gate))
            y = centre + gate_height / 2
        if phase is not framework.phases[-1]:
            arrows.append((y, y + row_gap))
            y += row_gap
    return PhasesFigure(WIDTH, y + 1, rows, gates, arrows)
