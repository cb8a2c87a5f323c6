"""Shared fixtures.

Tests run without a display: Qt's offscreen platform is chosen here, before
any test imports Qt, so CI and a developer's terminal behave alike. Messages
are pinned to French (the product's first language) unless a test asks for
English, so assertions on wording do not depend on the machine's locale.

Property tests draw the same examples on every machine (hypothesis's
`derandomize`): a run in CI fails only where a developer's run fails too. To let
them search new examples, run `pytest --hypothesis-profile=explore`; add what
they find as an `@example`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["REGISTRE_LANG"] = "fr"

import resources
from model.core import i18n
from model.storage.store import Store

SEED = resources.path("samples", "seed-register-fr.tsv")

settings.register_profile("registre", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("registre")


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data folder and language."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("REGISTRE_DB", raising=False)
    i18n.set_language("")


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh in-memory French register."""
    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def seed() -> Path:
    return SEED
