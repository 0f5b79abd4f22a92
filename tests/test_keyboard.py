"""The keyboard alone: a walk with Tab reaches the skip link, the navigation, search, the language
switch and every control on the page, each with a focus one can see; the search results region is
no tab stop while it is empty; on a phone the navigation opens and closes by keyboard."""
from __future__ import annotations

import pytest

from macros.urls import url_for

from page_kinds import ids, page_kinds

# The pages with the most kinds of controls: the home page, a template and a checklist (print button,
# Word download, scrolling tables), a form with checkboxes and a STOP/GO form with radio buttons,
# and the hand-written pages (the statement, the plan tool's form ...).
WALKED = [(name, path) for name, path in page_kinds()
          if name.split("-", 1)[1] in ("home", "templates", "largest-checklist", "form-with-boxes", "gates")
          or "-page-" in name]
STATEMENT_TITLES = ("Tilgængelighedserklæring", "Tilgjengelighetserklæring")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 800}

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const box = el.getBoundingClientRect();
  return {key: el.dataset.walkKey || (el.dataset.walkKey = String(Math.random())),
          kind: el.tagName.toLowerCase() + "." + [...el.classList].filter(c => c !== "focus-visible").join("."),
          name: (el.getAttribute("aria-label") || el.textContent || el.getAttribute("href") || "").trim().slice(0, 50),
          inDrawer: !!el.closest(".md-sidebar--primary"),
          box: {x: box.x, y: box.y, width: box.width, height: box.height},
          visible: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0
                   && box.left < innerWidth && box.top < innerHeight && el.checkVisibility({visibilityProperty: true})};
}"""
# Everything a keyboard user should be able to reach: shown, enabled and not taken out of the tab order.
# Tab stops once in a group of radio buttons (STOP/GO's choices) and the arrow keys move inside it,
# so a group counts as reached when any of its buttons was.
REACHABLE = """() => [...document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
  .filter(el => !el.disabled && el.tabIndex >= 0 && el.checkVisibility({visibilityProperty: true})
                && el.getBoundingClientRect().width > 0)
  .map(el => {
    if (el.type === "radio" && el.name) {
      const group = [...document.getElementsByName(el.name)].find(other => other.dataset.walkKey);
      return group ? group.dataset.walkKey : null;
    }
    return el.dataset.walkKey || null;
  })"""


def focus_is_visible(page, stop) -> bool:
    """The element looks different with the focus than without it (outline, colour, caret ...)."""
    box = stop["box"]
    clip = {"x": max(box["x"] - 4, 0), "y": max(box["y"] - 4, 0)}
    clip |= {"width": min(box["width"] + 8, DESKTOP["width"] - clip["x"]),
             "height": min(box["height"] + 8, DESKTOP["height"] - clip["y"])}
    focused = page.screenshot(clip=clip, animations="disabled")
    page.evaluate("document.activeElement.blur()")
    unfocused = page.screenshot(clip=clip, animations="disabled")
    page.evaluate("key => document.querySelector(`[data-walk-key='${key}']`).focus()", stop["key"])
    return focused != unfocused


def walk(page) -> list[dict]:
    """Tab from the top of the page until the focus comes round again."""
    stops, seen = [], set()
    for _ in range(400):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        if stop is None:
            continue  # the browser's own chrome between the end and the start of the page
        if stop["key"] in seen:
            return stops
        seen.add(stop["key"])
        stops.append(stop)
    pytest.fail("Tab never came back to the start of the page")


@pytest.fixture
def page(page):
    page.set_viewport_size(DESKTOP)  # the focus photographs are clipped to this size
    return page


@pytest.mark.parametrize("path", [path for _, path in WALKED], ids=ids(WALKED))
def test_a_keyboard_walk_reaches_everything_with_a_visible_focus(page, site_url, path):
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    stops = walk(page)
    kinds = [stop["kind"] for stop in stops]
    assert kinds[0].startswith("a.md-skip"), f"the first stop is {kinds[0]}, not the skip link"
    for part, kind in [("navigation", "a.md-nav__link"), ("search", "input.md-search__input"),
                       ("language switch", "a.md-select__link")]:
        assert any(k.startswith(kind) for k in kinds), f"the walk never reaches the {part}"
    assert any(stop["name"] in STATEMENT_TITLES for stop in stops), "the walk never reaches the footer's statement link"
    assert sum(k.startswith("a.md-select__link") for k in kinds) == 2, "both languages of the switch"
    assert not any("md-search__scrollwrap" in k for k in kinds), "the empty search results took a tab stop"

    hidden = [f"{stop['kind']} {stop['name']!r}" for stop in stops if not stop["visible"]]
    assert hidden == [], "tab stops a sighted keyboard user cannot see"
    unreached = [key for key in page.evaluate(REACHABLE) if key is None]
    assert unreached == [], f"{len(unreached)} controls the walk never reached"

    checked = {}
    for stop in stops:  # one element of each kind: the same styles give the same focus
        if stop["kind"] not in checked:
            page.evaluate("key => document.querySelector(`[data-walk-key='${key}']`).focus()", stop["key"])
            checked[stop["kind"]] = focus_is_visible(page, page.evaluate(FOCUSED))
    assert [kind for kind, visible in checked.items() if not visible] == [], "focus that does not show"


@pytest.mark.parametrize("lang", ["da", "nb"])
def test_the_search_results_region_takes_no_tab_stop_while_empty(page, site_url, lang):
    page.goto(f"{site_url}{lang}/")
    region = page.locator(".md-search__scrollwrap")
    page.locator(".md-search__input").focus()  # search open, nothing typed
    assert region.evaluate("el => { el.focus(); return document.activeElement !== el }"), "open and empty"
    page.keyboard.press("Escape")
    assert region.evaluate("el => { el.focus(); return document.activeElement !== el }"), "closed"
    page.locator(".md-search__input").press_sequentially("implementering")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    assert region.evaluate("el => { el.focus(); return document.activeElement === el }"), \
        "with results the region scrolls by keyboard (its result links are no tab stops)"


def test_on_a_phone_the_navigation_opens_and_closes_by_keyboard(browser, site_url, framework):
    phone = browser.new_page(viewport=PHONE)
    try:
        phone.goto(site_url + url_for(framework.get("factors", "motivation"), "da"))
        in_closed_drawer = [stop["kind"] for stop in walk(phone) if stop["inDrawer"]]
        assert in_closed_drawer == [], "links of the closed navigation are invisible tab stops"
        button = phone.locator("[data-drawer-button]")
        assert button.get_attribute("aria-expanded") == "false"
        button.focus()
        phone.keyboard.press("Enter")
        assert button.get_attribute("aria-expanded") == "true"
        phone.wait_for_function("document.activeElement.closest('.md-sidebar--primary')", timeout=5000)
        focused = phone.evaluate(FOCUSED)
        assert focused["kind"].startswith("a.md-nav__link") and focused["visible"], focused
        phone.keyboard.press("Escape")
        assert button.get_attribute("aria-expanded") == "false"
        assert phone.evaluate(FOCUSED)["name"] == "Navigation"
    finally:
        phone.close()


def test_on_a_wide_screen_the_navigation_shows_and_there_is_no_menu_button(page, site_url, framework):
    page.goto(site_url + url_for(framework.get("factors", "motivation"), "da"))
    assert page.locator(".md-sidebar--primary a.md-nav__link").first.is_visible()
    assert page.locator("[data-drawer-button]").is_hidden()
