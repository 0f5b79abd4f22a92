"""The plan tool as a user drives it in real Chromium: its page, its buttons by their visible names,
and the files it hands over."""
from __future__ import annotations

import json
from pathlib import Path

from macros.i18n import strings
from macros.open_data import SCHEMA_DIR
from macros.urls import PLAN_SCHEMA

PLAN_SCHEMA_FILE = SCHEMA_DIR / PLAN_SCHEMA
TEMPLATE = "vaerktoej-5-implementeringsplan"


class PlanPage:
    def __init__(self, page, site_url: str, lang: str):
        self.page, self.site_url, self.lang, self.t = page, site_url, lang, strings(lang)
        self.dialogs: list[str] = []
        self.answer_dialogs = True
        page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.accept() if self.answer_dialogs else dialog.dismiss()

    @property
    def url(self) -> str:
        return f"{self.site_url}{self.lang}/plan/"

    def open(self):
        self.page.goto(self.url)
        self.page.locator(".plan-bar").wait_for()
        return self

    def reload(self):
        self.page.reload()
        self.page.locator(".plan-bar").wait_for()

    def button(self, key: str):
        return self.page.get_by_role("button", name=self.t[key], exact=True)

    def new_plan(self, name: str):
        self.button("plan_new").click()
        self.page.get_by_label(self.t["plan_name"], exact=True).fill(name)

    def field(self, key: str):
        return self.page.locator("#plan-details").get_by_label(self.t[key], exact=True)

    @property
    def rows(self):
        return self.page.locator(".plan-row")

    def row_field(self, index: int, key: str):
        return self.rows.nth(index).get_by_label(self.t[key], exact=True)

    def fill_row(self, index: int, answer: str, initiatives: str, responsible: str, deadline: str, status: str):
        self.row_field(index, "plan_answer").select_option(answer)
        self.row_field(index, "plan_initiatives").fill(initiatives)
        self.row_field(index, "plan_responsible").fill(responsible)
        self.row_field(index, "plan_deadline").fill(deadline)
        self.row_field(index, "plan_status").select_option(status)

    def mark_factor(self, factor_id: str, mark_key: str):
        self.page.locator(f'fieldset[data-factor="{factor_id}"]').get_by_label(self.t[mark_key], exact=True).check()

    def row_titles(self) -> list[str]:
        return self.page.locator(".plan-row__title").all_inner_texts()

    def status(self) -> str:
        return self.page.locator(".plan-status").inner_text()

    def wait_for_status(self, text: str) -> str:
        """The announcement, once the tool has made it (imports and Word files take a moment)."""
        from playwright.sync_api import expect
        expect(self.page.locator(".plan-status")).to_contain_text(text)
        return self.status()

    def download(self, key: str, folder: Path) -> Path:
        with self.page.expect_download() as info:
            self.button(key).click()
        download = info.value
        target = folder / download.suggested_filename
        download.save_as(target)
        return target

    def import_file(self, path: Path):
        self.page.locator("input[data-import]").set_input_files(str(path))

    def stored(self) -> dict:
        """Everything the tool keeps in the browser's local storage."""
        return self.page.evaluate("() => Object.fromEntries(Object.entries(localStorage))")

    def stored_plans(self) -> list[dict]:
        return [json.loads(value)["plan"] for key, value in self.stored().items()
                if key.startswith("implementeringsguiden.plan.")]


def fill_sample_plan(tool: PlanPage) -> None:
    """A plan with details, a barrier, two filled rows and a gate decision: text with æ, ø and å."""
    tool.new_plan("Familiestøtte på Ærø")
    tool.field("form_initiative").fill("Tidlig indsats for små børn")
    tool.field("form_organisation").fill("Ærø Kommune og Frivilligcenter Østerø")
    tool.field("plan_period_from").fill("2026-01-01")
    tool.field("plan_period_to").fill("2026-12-31")
    tool.mark_factor("motivation", "plan_mark_barrier")
    tool.fill_row(0, "high", "Workshop om merværdi – på Ærø", "Åse Ødegård", "2020-03-01", "in-progress")
    tool.fill_row(1, "none", "Fælles møde om målgruppen", "Bjørn Å.", "2099-05-01", "done")
    gate = tool.page.locator(".plan-gate").first
    gate.get_by_label(tool.t["gate_go_conditions"], exact=True).check()
    gate.get_by_label(tool.t["plan_gate_reasons"], exact=True).fill("Målgruppen er på plads; økonomien mangler.")
