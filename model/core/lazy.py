"""Modules that load on first use, so that the editor's first screen skips them.

`from model.register import crud` binds a module that runs when one of its names is
first read (`importlib.util.LazyLoader`): SQLAlchemy, sqlmodel and the table classes
then cost nothing until a page or an edit needs them, and the window shows first,
from plain sqlite3 reads (`model.register.rows`). A package names its heavy modules
with `modules(__name__, (...))` as its `__getattr__`; importing one by its full name
(`import model.register.crud`, `from model.register.crud import x`) works as always.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from types import ModuleType

_LAZY: dict[str, tuple[str, ...]] = {}
"""Package → its modules bound on first use."""


def modules(package: str, names: tuple[str, ...]) -> Callable[[str], ModuleType]:
    """The `__getattr__` of `package`: each of `names` a module loaded on first use."""
    _LAZY[package] = names

    def getattr_(name: str) -> ModuleType:
        if name not in names:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return _bind(package, name)

    return getattr_


def _bind(package: str, name: str) -> ModuleType:
    full = f"{package}.{name}"
    module = sys.modules.get(full)
    if module is None:
        spec = importlib.util.find_spec(full)
        assert spec is not None and spec.loader is not None
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        loader.exec_module(module)
    setattr(sys.modules[package], name, module)
    return module


def load(*modules: ModuleType) -> None:
    """Run modules bound on first use now, while the time is free (a command that waits
    for a worker loads the database libraries meanwhile). What they bind on first use in
    turn is not run: name each module wanted."""
    for module in modules:
        vars(module)


def load_all() -> None:
    """Run every module bound on first use now (and what they import), as a process does
    that is about to lose access to its files."""
    for package in ("model.storage", "model.register", "model.exchange", "model.signing"):
        importlib.import_module(package)
    for package, names in list(_LAZY.items()):
        for name in names:
            vars(_bind(package, name))
