"""Material's page markup, mended where no template block reaches it.

Material's base.html writes its drawer and search toggles, outside any block, as
`<input type="checkbox" ... autocomplete="off">`. HTML allows `autocomplete` on text-like inputs
only, so the Nu Html Checker reports two errors on every page. Overriding base.html would mean
keeping a copy of the theme's whole page skeleton; removing the attribute from the written page
is one expression. (Material used it to stop Firefox restoring an open drawer after "back"; the
back-forward cache keeps that state anyway.)
"""
from __future__ import annotations

import re

_TOGGLE = re.compile(r'(<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)") autocomplete="off">')


def mended(html: str) -> str:
    return _TOGGLE.sub(r"\1>", html)
