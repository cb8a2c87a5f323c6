"""The editor's few style sheets, in one place: a verdict's colours, a field's error mark.

A verdict (the history intact or broken, a record authentic, intact or altered) is a
coloured band; a field whose value is refused is framed in the error colour. The
pages and dialogs take them from here, so one colour means one thing everywhere.
"""

from __future__ import annotations

from enum import Enum


class Verdict(Enum):
    """What a verdict band says, as its (background, text) colours."""

    GOOD = ("#dff3e3", "#14532d")
    WARNING = ("#fdf1d6", "#713f12")
    BAD = ("#fbd5d5", "#7f1d1d")


def verdict(tone: Verdict, *, padding: int = 6) -> str:
    """The style sheet of a QLabel that shows a verdict."""
    background, text = tone.value
    return (f"QLabel {{ background: {background}; color: {text}; padding: {padding}px; "
            "border-radius: 4px; }")


ERROR_COLOUR = "#c0392b"
INVALID_FIELD = f"border: 2px solid {ERROR_COLOUR};"
"""A field whose value is refused (the reason is said beside it)."""
ERROR_TEXT = f"color: {ERROR_COLOUR};"
"""The sentence that says why a value is refused."""
