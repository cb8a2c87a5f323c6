"""Signing and verifying records (PAdES), and the export flow that renders, signs and records.

Imports every room below it; nothing imports it but the CLI and the editor.
"""

from model.core import lazy as _lazy

__getattr__ = _lazy.modules(__name__, ('publish', 'verify'))
"""Modules bound on first use (`model.core.lazy`): the editor's first screen needs none."""
