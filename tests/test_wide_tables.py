"""Wide tables on screen (forms, the phases overview, the process models side by side), measured in
real Chromium: on a 1366 px desktop no word is broken in the middle and nothing scrolls sideways;
on a phone the table scrolls with its first column kept in view."""
from __future__ import annotations

import pytest

from macros.urls import url_for

from conftest import LANGUAGES, real_framework

FRAMEWORK = real_framework()
WIDE_PAGES = [url_for(kind, lang) for kind in ("phases", "process-models") for lang in LANGUAGES]
WIDE_PAGES += [url_for(template, lang) for template in FRAMEWORK.all("templates") for lang in LANGUAGES]

# Every word of every cell: its characters' line boxes. A word is broken when a character starts a
# new line that the one before it does not end with a hyphen, a dash or a slash (where a line may
# break); it is cut off when it runs out of its cell.
BROKEN_WORDS = """tables => {
  const found = [];
  for (const table of tables) {
    for (const cell of table.querySelectorAll('th, td')) {
      const box = cell.getBoundingClientRect();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node; (node = walker.nextNode());) {
        for (const match of node.data.matchAll(/\\S+/g)) {
          const word = match[0], range = document.createRange();
          const tops = [];
          for (let i = 0; i < word.length; i++) {
            range.setStart(node, match.index + i); range.setEnd(node, match.index + i + 1);
            const rect = range.getClientRects()[0];
            if (!rect) continue;
            if (rect.right > box.right + 1) { found.push('cut off: ' + word); break; }
            tops.push([Math.round(rect.top), word[i - 1]]);
          }
          for (let i = 1; i < tops.length; i++) {
            if (tops[i][0] > tops[i - 1][0] + 2 && !'-–/'.includes(tops[i][1])) { found.push('broken: ' + word); break; }
          }
        }
      }
    }
  }
  return found;
}"""


def test_the_word_check_finds_a_broken_word(browser):
    """The check itself: a word squeezed into a narrow cell that may break anywhere is found."""
    page = browser.new_page()
    try:
        page.set_content('<table><tr><td style="width:40px;max-width:40px;overflow-wrap:anywhere">'
                         'implementeringsunderstøttelse</td>'
                         '<td style="width:30px;max-width:30px">ab-cd-ef-gh-ij</td></tr></table>')
        assert page.eval_on_selector_all("table", BROKEN_WORDS) == ["broken: implementeringsunderstøttelse"]
        assert page.eval_on_selector("td + td", "el => el.getClientRects()[0].height > 30"), "no break at the hyphens"
    finally:
        page.close()


@pytest.fixture(scope="module")
def desktop(browser):
    page = browser.new_page(viewport={"width": 1366, "height": 800})
    yield page
    page.close()


@pytest.mark.parametrize("path", WIDE_PAGES)
def test_no_word_is_broken_in_a_wide_table_on_a_desktop(desktop, site_url, path):
    desktop.goto(site_url + path)
    regions = desktop.eval_on_selector_all(".form-table--wide", "els => els.map(el => [el.scrollWidth, el.clientWidth])")
    assert regions, "the page has a wide table"
    assert all(scroll <= client + 1 for scroll, client in regions), f"a table scrolls sideways: {regions}"
    assert desktop.eval_on_selector_all(".form-table--wide table", BROKEN_WORDS) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_question_column_stays_in_view_when_the_table_scrolls_on_a_phone(browser, site_url, lang):
    phone = browser.new_page(viewport={"width": 390, "height": 800})
    try:
        phone.goto(site_url + url_for(FRAMEWORK.get("templates", "vaerktoej-5-implementeringsplan"), lang))
        region = phone.locator(".form-table--wide").first
        region.evaluate("el => window.scrollBy(0, el.getBoundingClientRect().top - 120)")  # below Material's header
        region.evaluate("el => { el.scrollLeft = el.scrollWidth; }")
        assert region.evaluate("el => el.scrollLeft") > 200, "the table did not scroll"
        left = region.evaluate("el => el.getBoundingClientRect().left")
        for cell in (region.locator("thead th").first, region.locator("tbody th").first):
            box = cell.bounding_box()
            assert abs(box["x"] - left) <= 1, "the question column scrolled away"
            centre = phone.evaluate("([x, y]) => document.elementFromPoint(x, y).closest('th')?.textContent",
                                    [box["x"] + 10, box["y"] + box["height"] / 2])
            assert centre == cell.text_content(), "the question column is covered"
    finally:
        phone.close()
