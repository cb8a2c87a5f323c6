"""The register in and out of files: the JSON document, tables read and applied.

Imports model.core, model.storage and model.register.
"""

from model.core import lazy as _lazy

__getattr__ = _lazy.modules(__name__, ('importer', 'jsondoc', 'table_import', 'table_export'))
"""Modules bound on first use (`model.core.lazy`): the editor's first screen needs none."""
