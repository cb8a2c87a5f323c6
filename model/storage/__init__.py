"""The register on disk: table classes, the SQLite engine and its upgrades, the writer lock,
backups and the chained history.

What only SQLite has (pragmas, WAL, the online backup API, application_id) lives
here. Imports model.core only.
"""
