"""PyYAML's syntax errors as a line and advice a contributor can act on.

PyYAML marks where it noticed the problem. For a construct that is never closed (a quote, a
bracket, a key without its colon) that is where the file ends or the next field starts, so the
line that needs fixing is where the construct began: PyYAML's context mark.
"""
from __future__ import annotations

import yaml

_UNCLOSED = {
    "while scanning a quoted scalar": "a quote opened on this line is never closed; close it with the same quote mark",
    "while parsing a flow sequence": "a '[' opened on this line is never closed with ']'; close it, or put the text in quotes",
    "while parsing a flow mapping": "a '{' opened on this line is never closed with '}'; close it, or put the text in quotes",
    "while scanning a simple key": "this line has no ':' after the field name; write 'name: value'",
}

_ADVICE = (
    ("mapping values are not allowed", "the text holds ': ', which YAML reads as a new field; put the whole "
                                       "text in quotes, or write it as a block: 'da: |' and the text indented below"),
    ("found character that cannot start any token", "a tab or a special character (@, `, %) starts a value; "
                                                    "indent with spaces and put text that starts with a special character in quotes"),
    ("did not find expected key", "the indentation is off: indent the fields of one mapping by the same number of spaces"),
    ("expected <block end>", "the indentation is off: indent the fields of one mapping by the same number of spaces"),
    ("did not find expected '-' indicator", "the indentation is off: indent the entries of one list by the same number of spaces"),
)


def syntax_error(exc: yaml.YAMLError) -> tuple[int, str]:
    """(line, message) for a YAML syntax error."""
    context = getattr(exc, "context", None) or ""
    problem = getattr(exc, "problem", None) or str(exc).split("\n", 1)[0]
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    if context in _UNCLOSED and context_mark is not None:
        return context_mark.line + 1, f"this is not valid YAML: {_UNCLOSED[context]}"
    mark = problem_mark or context_mark
    line = mark.line + 1 if mark else 1
    advice = next((text for start, text in _ADVICE if problem.startswith(start)),
                  "check the indentation, and put text in quotes if it contains ': ' or starts with a special character")
    return line, f"this is not valid YAML ({problem}); {advice}"
