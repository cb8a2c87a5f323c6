"""The register on disk: table classes, the SQLite engine and its upgrades, the writer lock,
backups and the chained history.

What only SQLite has (engines, pragmas, WAL, the online backup API, application_id,
raw SQL) lives in `sqlite`; the other modules speak SQLAlchemy. Imports model.core only.
"""

from model.core import lazy as _lazy

__getattr__ = _lazy.modules(__name__, ('schema', 'history', 'seals', 'backup'))
"""Modules bound on first use (`model.core.lazy`): the editor's first screen needs none."""
