"""What every Word form shares: styles, A4 pages, form tables, checkboxes, fill-in blocks, sources."""
from __future__ import annotations

from datetime import datetime, timezone

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm, Pt, RGBColor

from ..i18n import strings
from .markdown import add_inline, add_markdown, new_paragraph, plain

FONT = "Arial"
SYMBOL_FONT = "Segoe UI Symbol"  # has ☐ and ☒; other systems substitute a font that has them
INK = RGBColor(0x1F, 0x38, 0x64)
MUTED = RGBColor(0x59, 0x59, 0x59)
HEADER_FILL, LABEL_FILL, BORDER = "DCE4EF", "F2F2F2", "8C8C8C"
LOCALES = {"da": "da-DK", "nb": "nb-NO"}
CELL, CELL_BULLET = "Form Cell", "Form Cell Bullet"
LINE = Mm(9)  # an empty cell with room for one handwritten or typed line


def new_document(entity, lang: str):
    """An A4 portrait document with the form styles, its properties and the entity's title."""
    doc = docx.Document()
    _styles(doc, lang)
    _settings(doc, lang)
    props = doc.core_properties
    props.title = plain(entity.title[lang])
    props.subject = plain(entity.summary[lang])
    props.language = LOCALES[lang]
    props.author = props.last_modified_by = "Implementeringsguiden"
    props.created = props.modified = datetime.now(timezone.utc).replace(microsecond=0)
    props.revision = 1
    _page(doc.sections[0], props.title, landscape=False)
    add_heading(doc, entity.title[lang], 0)
    return doc


def add_section(doc, landscape: bool):
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page(section, doc.core_properties.title, landscape)
    return section


def text_width(section) -> Emu:
    return Emu(section.page_width - section.left_margin - section.right_margin)


def add_heading(doc, text: str, level: int):
    paragraph = doc.add_paragraph(style="Title" if level == 0 else f"Heading {level}")
    add_inline(paragraph, text)
    return paragraph


def add_note(container, text: str):
    """A small grey line of context, e.g. which phase a part belongs to."""
    paragraph = new_paragraph(container)
    add_inline(paragraph, text, color=MUTED, size=Pt(9))
    return paragraph


def add_field(doc, entity, name: str, lang: str) -> None:
    """A Markdown field of the entity, marked like on the site when the editors wrote it."""
    text = getattr(entity, name)
    if not text:
        return
    if entity.is_editorial(name):
        add_note(doc, strings(lang)["editorial_label"]).runs[0].italic = True
    add_markdown(doc, text[lang])


def add_table(doc, widths):
    """A bordered table with fixed column widths; rows come from `add_row`."""
    table = doc.add_table(rows=0, cols=len(widths))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = Emu(width)
    tbl_pr = table._tbl.tblPr
    tbl_w = tbl_pr.find(qn("w:tblW"))
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(Emu(sum(widths)).twips))
    sides = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{BORDER}"/>'
                    for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    borders = parse_xml(f"<w:tblBorders {nsdecls('w')}>{sides}</w:tblBorders>")
    following = [tbl_pr.find(qn(tag)) for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")]
    following = [element for element in following if element is not None]
    following[0].addprevious(borders) if following else tbl_pr.append(borders)
    return table


def add_row(table, *, header: bool = False, height=None):
    """A row that never breaks across pages; a header row repeats on every page."""
    row = table.add_row()
    if height:
        row.height, row.height_rule = height, WD_ROW_HEIGHT_RULE.AT_LEAST
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.insert(0, OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
        for cell in row.cells:
            shade(cell, HEADER_FILL)
    return row


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.find(qn("w:tcW")).addnext(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text: str, **fmt):
    paragraph = new_paragraph(cell, CELL)
    add_inline(paragraph, text, **fmt)
    return paragraph


def header_cell(cell, title: str, hint: str | None = None) -> None:
    cell_text(cell, title, bold=True)
    if hint:
        cell_text(cell, hint, italic=True, color=MUTED, size=Pt(8))


def add_checkbox(paragraph, size=Pt(11)) -> None:
    """A Word checkbox content control (clicked to tick); readers without it see ☐."""
    number = len(paragraph.part.element.xpath(".//w:sdt")) + 1
    half_points = int(size.pt * 2)
    fonts = f'<w:rFonts w:ascii="{SYMBOL_FONT}" w:eastAsia="{SYMBOL_FONT}" w:hAnsi="{SYMBOL_FONT}"/>'
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:rPr>{fonts}<w:sz w:val="{half_points}"/></w:rPr>'
        f'<w:id w:val="{number}"/><w14:checkbox><w14:checked w14:val="0"/>'
        f'<w14:checkedState w14:val="2612" w14:font="{SYMBOL_FONT}"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="{SYMBOL_FONT}"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr>{fonts}<w:sz w:val="{half_points}"/></w:rPr><w:t>\u2610</w:t></w:r>'
        f'</w:sdtContent></w:sdt>'))


def add_choices(paragraph, labels, **fmt) -> None:
    """Checkboxes with their labels on one line: ☐ GO   ☐ STOP ..."""
    for index, label in enumerate(labels):
        add_checkbox(paragraph, fmt.get("size") or Pt(11))
        add_inline(paragraph, f"\u00a0{label}" + ("\u2003\u2003" if index < len(labels) - 1 else ""), **fmt)


def add_fill_in(doc, rows, width) -> None:
    """Two columns: a label, and an empty cell at least as high as given to write in."""
    label_width = Mm(45)
    table = add_table(doc, [label_width, width - label_width])
    for label, height in rows:
        row = add_row(table, height=height)
        shade(row.cells[0], LABEL_FILL)
        cell_text(row.cells[0], label, bold=True)


def add_meeting_block(doc, lang: str) -> None:
    """Initiative, organisation, date and participants, filled in at the meeting."""
    t = strings(lang)
    caption = add_note(doc, t["form_fill_in"])
    caption.paragraph_format.keep_with_next = True
    rows = [(t["form_initiative"], LINE), (t["form_organisation"], LINE), (t["form_date"], LINE),
            (t["form_participants"], Mm(20))]
    add_fill_in(doc, rows, text_width(doc.sections[-1]))


def add_sources(doc, entity, lang: str, shown=()) -> None:
    """The sources as on the site: title (publisher, year), where. `shown`: fields printed."""
    t = strings(lang)
    if not entity.citations:
        return
    add_heading(doc, t["sources_heading"], 1)
    for citation in entity.citations:
        source = citation.source
        paragraph = doc.add_paragraph(style="List Bullet")
        add_inline(paragraph, source.title[lang], italic=True)
        by = source.publisher or ", ".join(source.authors)
        paragraph.add_run(f" ({', '.join(filter(None, (by, str(source.year or t['no_year']))))})")
        if citation.where:
            paragraph.add_run(", ")
            add_inline(paragraph, citation.where[lang])
    if any(entity.is_editorial(name) for name in shown):
        add_note(doc, t["editorial_explained"])


def _page(section, title: str, landscape: bool) -> None:
    """A4 with the document's title and the page number in the footer."""
    width, height = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.left_margin = section.right_margin = Mm(15 if landscape else 20)
    section.top_margin = section.bottom_margin = Mm(15)
    section.header_distance = section.footer_distance = Mm(8)
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.paragraph_format.tab_stops.add_tab_stop(text_width(section), WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(f"{title}\t")
    paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _styles(doc, lang: str) -> None:
    styles = doc.styles
    normal = styles["Normal"]
    lang_element = OxmlElement("w:lang")
    lang_element.set(qn("w:val"), LOCALES[lang])
    normal.element.get_or_add_rPr().append(lang_element)
    _font(normal, Pt(10))
    normal.paragraph_format.space_after = Pt(6)
    for name, size, color in (("Title", 20, INK), ("Subtitle", 13, MUTED), ("Heading 1", 14, INK),
                              ("Heading 2", 12, INK), ("Footer", 8, MUTED)):
        _font(styles[name], Pt(size), color)
    styles["Heading 1"].paragraph_format.space_before = Pt(16)
    styles["Footer"].paragraph_format.tab_stops.clear_all()  # each footer sets its own right tab
    cell = styles.add_style(CELL, WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(9)
    cell.paragraph_format.space_before, cell.paragraph_format.space_after = Pt(1), Pt(2)
    bullet = styles.add_style(CELL_BULLET, WD_STYLE_TYPE.PARAGRAPH)
    bullet.base_style = styles["List Bullet"]
    bullet.font.size = Pt(9)
    bullet.paragraph_format.space_after = Pt(1)


def _settings(doc, lang: str) -> None:
    """Hyphenate (narrow columns need it), spell-check afresh, and use the document's language."""
    settings = doc.settings.element
    for stale in settings.findall(qn("w:proofState")):
        settings.remove(stale)
    settings.find(qn("w:defaultTabStop")).addnext(OxmlElement("w:autoHyphenation"))
    settings.find(qn("w:themeFontLang")).set(qn("w:val"), LOCALES[lang])


def _font(style, size, color=None) -> None:
    style.font.name, style.font.size = FONT, size
    fonts = style.element.rPr.rFonts
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:cs"), FONT)
    if color is not None:
        style.font.color.rgb = color
