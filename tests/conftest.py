"""Shared fixtures: offscreen Qt, private settings and application-data folders, and
seeded database files copied from a template built once per run."""

from __future__ import annotations

import faulthandler
import gc
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest
from hypothesis import HealthCheck, settings
from shared_build import built_once
from sqlalchemy import Engine, event

from desktop.services.database import Database, init_database, open_database
from desktop.ui.collector import collect_due

ROOT = Path(__file__).resolve().parent.parent

# Property tests (hypothesis): no deadline (a loaded machine is not a failure), a fixed
# number of examples; HYPOTHESIS_PROFILE=ci runs fewer, =thorough many more.
settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("ci", settings.get_profile("default"), max_examples=40)
settings.register_profile("thorough", settings.get_profile("default"), max_examples=2_000)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)

# As in the application (desktop/ui/collector.py): reference cycles are collected on the
# main thread only, after each test; never by a database worker, which would destroy a Qt
# object held by a cycle (a model, a dialog of an earlier test) while the GUI thread uses it.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    yield
    collect_due()


@pytest.fixture(scope="session", autouse=True)
def _faults_to_a_file(worker_id: str) -> Iterator[None]:
    """Where ``CASE_TRACKER_FAULTS`` names a folder (CI sets it), a crash of the process
    writes every thread's stack there: CI prints it, naming what crashed and where."""
    folder = os.environ.get("CASE_TRACKER_FAULTS")
    if not folder:
        yield
        return
    with open(Path(folder) / f"faults-{worker_id}-{os.getpid()}.log", "w") as log:
        faulthandler.enable(file=log, all_threads=True)
        yield
        faulthandler.disable()


# A private PostgreSQL server for the tests that run on both backends (tests/pg_server.py).
pytest_plugins = ["pg_server"]


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test reads or writes the user's real settings or default database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("CASE_TRACKER_DB", raising=False)
    monkeypatch.delenv("CASE_TRACKER_PASSPHRASE", raising=False)


def _init(path: Path, *, empty: bool = False) -> None:
    init_database(str(path), empty=empty).dispose()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seeded database built once per run (shared by the xdist workers); tests get
    copies."""
    return built_once(tmp_path_factory, "seeded.db", _init)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_once(tmp_path_factory, "empty.db", lambda path: _init(path, empty=True))


def copy_db(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    target.chmod(0o600)
    return target


BIG_CASES = 100_000


def _build_big(path: Path) -> None:
    """``init --empty`` then ``demo --cases 100000`` with the command line, as a user would
    make a large database (about 8 s)."""
    for args in (["init", "--empty"], ["demo", "--cases", str(BIG_CASES)]):
        result = subprocess.run(
            [sys.executable, "-m", "desktop", *args, "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, (args, result.stderr)


@pytest.fixture(scope="session")
def big_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of 100,000 synthetic cases made by the command line, built once per run
    and shared by the xdist workers: tests only read it (the case list's model at 100k, and
    the check that ``demo`` inserts 100,000 cases)."""
    return built_once(tmp_path_factory, "big.db", _build_big)


@pytest.fixture
def seeded_path(seeded_template: Path, tmp_path: Path) -> Path:
    return copy_db(seeded_template, tmp_path / "case-tracker.db")


@pytest.fixture
def empty_path(empty_template: Path, tmp_path: Path) -> Path:
    return copy_db(empty_template, tmp_path / "empty.db")


@pytest.fixture
def seeded_db(seeded_path: Path) -> Iterator[Database]:
    database = open_database(str(seeded_path), create=False)
    yield database
    database.dispose()


@pytest.fixture
def empty_db(empty_path: Path) -> Iterator[Database]:
    database = open_database(str(empty_path), create=False)
    yield database
    database.dispose()


@pytest.fixture
def seeded_backend_db(seeded_backend_url: str) -> Iterator[Database]:
    """The seeded database (10,000 cases) opened, on SQLite and on PostgreSQL: for the
    service tests whose queries have a dialect branch (search and paging, decisions,
    import, reports)."""
    database = open_database(seeded_backend_url, create=False)
    yield database
    database.dispose()


@pytest.fixture
def empty_backend_db(backend_url: str) -> Iterator[Database]:
    """A migrated database without seed data, on SQLite and on PostgreSQL."""
    database = init_database(backend_url, empty=True)
    yield database
    database.dispose()


BACKEND_FIXTURES = {"backend_url", "seeded_backend_url", "pg_url", "pg_seeded_url", "pg_server"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that run on PostgreSQL carry the ``postgres`` mark (``-m "not postgres"``).

    The ``slow`` tests (tens of seconds each) run first: under pytest-xdist a long test
    picked last keeps one worker busy while the other has nothing left to do. The order
    within each group is kept (every test passes alone and in any order)."""
    for item in items:
        if BACKEND_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m desktop`` in a subprocess, as a user's script would."""

    def run(
        *args: str, env: dict[str, str] | None = None, timeout: float = 300, cwd: Path = ROOT
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            capture_output=True,
            text=True,
            cwd=cwd,
            env={**os.environ, **(env or {})},
            timeout=timeout,
        )

    return run


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message that a test did not expect fails that test instead of hanging the
    run; unsaved edits left by a test are discarded when its window closes at teardown.
    Tests that expect a dialog replace these functions themselves."""
    from desktop.ui.dialogs import messages, unsaved

    def unexpected(kind: str):  # type: ignore[no-untyped-def]
        def show(_parent: object, title: str, text: str, *_a: object, **_k: object) -> None:
            raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")

        return show

    monkeypatch.setattr(messages, "tell_error", unexpected("error"))
    monkeypatch.setattr(messages, "confirm", unexpected("confirmation"))
    monkeypatch.setattr(unsaved, "ask_unsaved", lambda *_a, **_k: unsaved.DISCARD)


@pytest.fixture
def connection_setup() -> Iterator[list[str]]:
    """Statements run on every new SQLite connection of every engine while a test runs."""
    statements: list[str] = []

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        for sql in statements:
            dbapi_connection.execute(sql)

    event.listen(Engine, "connect", on_connect)
    yield statements
    event.remove(Engine, "connect", on_connect)
