"""What every printed form asks at its top, and what a STOP/GO decision offers and records: one
list each (of interface-text keys), read by the page templates, the Word forms and the tests."""
from __future__ import annotations

MEETING_FIELDS = ("form_initiative", "form_organisation", "form_date", "form_participants")
GATE_DECISIONS = ("gate_go", "gate_stop", "gate_go_conditions")
GATE_RECORD = ("gate_conditions", "form_date", "gate_decided_by", "gate_participants")


def imprint(source, no_year: str) -> str:
    """Who published a source and when, as a citation shows it: 'Socialstyrelsen, 2019'."""
    return ", ".join(filter(None, (source.publisher or ", ".join(source.authors), str(source.year or no_year))))
