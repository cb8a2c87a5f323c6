"""Registre's version number: the package's metadata, written once in pyproject.toml."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def app_version() -> str:
    """The installed version; "0+source" when running from a checkout that was never installed."""
    try:
        return version("registre")
    except PackageNotFoundError:
        return "0+source"
