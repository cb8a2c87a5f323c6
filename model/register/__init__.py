"""The operations on a register: activities, lists, organisation, each a keyword-only function
taking the session (`crud`), and the typed views its readers get back (`views`). Imports
model.core and model.storage.
"""

from model.core import lazy as _lazy

__getattr__ = _lazy.modules(__name__, ('crud', 'starters'))
"""Modules bound on first use (`model.core.lazy`): the editor's first screen needs none."""
