"""Encryption at rest: an encrypted database keeps every byte of its data, its write-ahead
log and its backups unreadable without the passphrase; a wrong or missing passphrase is
refused clearly and changes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from requirements import require_module
from sqlalchemy import text

from desktop.domain.errors import (
    DatabaseError,
    PassphraseNeeded,
    ValidationError,
    WrongPassphrase,
)
from desktop.services.database import (
    Database,
    init_database,
    open_database,
    open_with_passphrase,
)
from desktop.store import migrate
from desktop.store.backup import backup_engine
from desktop.store.engine import is_encrypted, make_engine, resolve_url
from desktop.store.models import Detainee

require_module("sqlcipher3", " (SQLCipher encryption)")

PASSPHRASE = "correct horse battery staple"
CANARY_LATIN = "Zqxwvcanary Plumbago-Yttrium"
CANARY_ARABIC = "ظظغكناري زمرد"
CANARY_CASE = "CANARY-9731"
Cli = Callable[..., subprocess.CompletedProcess[str]]


def encrypted_url(path: Path) -> str:
    return f"sqlite+pysqlcipher:///{path}"


@pytest.fixture(scope="module")
def encrypted_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("enc") / "template.db"
    init_database(encrypted_url(path), passphrase=PASSPHRASE).dispose()
    return path


@pytest.fixture
def encrypted_path(encrypted_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "secret.db"
    target.write_bytes(encrypted_template.read_bytes())
    target.chmod(0o600)
    return target


def digest(paths: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths if p.exists()}


def files_of(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + "*"))


def contains_canary(path: Path) -> bool:
    data = path.read_bytes()
    needles = [CANARY_LATIN, CANARY_ARABIC, CANARY_CASE, "Zqxwvcanary", "ظظغكناري"]
    return any(n.encode("utf-8") in data or n.encode("utf-16-le") in data for n in needles)


def add_canary(db: Database) -> None:
    with db.session() as s:
        s.add(Detainee(case_no=CANARY_CASE, name_latin=CANARY_LATIN, name_arabic=CANARY_ARABIC))


@pytest.fixture
def plain_with_canary(empty_db: Database) -> Iterator[Database]:
    add_canary(empty_db)
    yield empty_db


def test_the_canary_test_can_see_a_name_in_a_plain_file(
    plain_with_canary: Database, tmp_path: Path
):
    """The control: in an unencrypted database the same names are plainly readable."""
    assert plain_with_canary.path is not None
    raw = [p for p in files_of(plain_with_canary.path) if p.suffix != ".lock"]
    assert any(contains_canary(p) for p in raw)
    copy = backup_engine(plain_with_canary.engine, tmp_path / "plain-copy.db")
    assert contains_canary(copy)


def test_no_name_reaches_the_disk_of_an_encrypted_database_its_log_or_backups(
    encrypted_path: Path, tmp_path: Path
):
    db = open_database(str(encrypted_path), passphrase=PASSPHRASE)
    try:
        assert is_encrypted(db.url)
        add_canary(db)
        wal = Path(f"{encrypted_path}-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the change is in the log now
        for raw in files_of(encrypted_path):
            assert not contains_canary(raw), raw.name
        backup = backup_engine(db.engine, tmp_path / "backups" / "secret-copy.db")
    finally:
        db.dispose()
    for raw in [*files_of(encrypted_path), backup]:
        assert not contains_canary(raw), raw.name
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert list(backup.parent.glob("*.partial*")) == []
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT count(*) FROM sqlite_master").fetchall()
    # The backup opens with the same passphrase and holds the canary.
    copy = open_database(str(backup), create=False, passphrase=PASSPHRASE)
    try:
        with copy.engine.connect() as conn:
            names = conn.execute(
                text("SELECT name_latin FROM detainee WHERE case_no = :c"), {"c": CANARY_CASE}
            ).scalars()
            assert list(names) == [CANARY_LATIN]
            assert conn.execute(text("SELECT count(*) FROM detainee")).scalar() == 10_001
    finally:
        copy.dispose()


def test_pragmas_are_set_after_the_key(encrypted_path: Path):
    db = open_database(str(encrypted_path), passphrase=PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    finally:
        db.dispose()


def test_a_plain_path_to_an_encrypted_file_asks_for_its_passphrase(encrypted_path: Path):
    before = digest(files_of(encrypted_path))
    with pytest.raises(PassphraseNeeded, match=r"secret\.db is encrypted"):
        open_database(str(encrypted_path))
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_database(str(encrypted_path), passphrase="not the passphrase")
    assert digest(files_of(encrypted_path)) == before  # nothing written, nothing created


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("case_no,name_latin\nSYN-1,Someone\n", "utf-8"),
        ("case_no,name_latin\nSYN-1,Someone\n", "utf-8-sig"),  # as export writes a list
        ("الاسم,رقم القضية\nحسن,SYN-1\n", "utf-8"),  # text in Arabic from its first byte
        ("name,name_ar\nالهول,مخيم\n", "utf-8-sig"),
    ],
)
def test_a_file_of_text_named_by_mistake_is_not_taken_for_an_encrypted_one(
    tmp_path: Path, text: str, encoding: str
):
    path = tmp_path / "cases.csv"
    path.write_text(text, encoding=encoding)
    with pytest.raises(DatabaseError, match="not a Case Tracker database") as refused:
        open_database(str(path), create=False)
    assert not isinstance(refused.value, PassphraseNeeded)


def test_the_window_helper_asks_again_after_a_wrong_passphrase(encrypted_path: Path):
    asked: list[tuple[str, str | None]] = []
    answers = iter(["wrong one", PASSPHRASE])

    def ask(name: str, problem: str | None = None) -> str | None:
        asked.append((name, problem))
        return next(answers)

    db = open_with_passphrase(str(encrypted_path), ask)
    try:
        assert is_encrypted(db.url)
        assert asked[0] == ("secret.db", None)
        assert asked[1][0] == "secret.db" and "wrong passphrase" in (asked[1][1] or "")
    finally:
        db.dispose()
    with pytest.raises(PassphraseNeeded):
        open_with_passphrase(str(encrypted_path), lambda name, problem=None: None)
    with pytest.raises(WrongPassphrase):
        open_with_passphrase(str(encrypted_path), lambda name, problem=None: "always wrong")


def test_a_plain_database_opens_without_asking(seeded_path: Path):
    def ask(name: str, problem: str | None = None) -> str | None:
        raise AssertionError("asked for a passphrase of a plain file")

    database = open_with_passphrase(str(seeded_path), ask, create=False)
    try:
        assert not is_encrypted(database.url)
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM detainee")).scalar() == 10_000
    finally:
        database.dispose()


def test_cli_init_encrypt_then_commands_with_the_passphrase(cli: Cli, tmp_path: Path):
    path = tmp_path / "office.db"
    env = {"CASE_TRACKER_PASSPHRASE": PASSPHRASE}
    created = cli("init", "--encrypt", "--db", str(path), env=env)
    assert created.returncode == 0, created.stderr
    assert "(encrypted)" in created.stdout and "10,000 cases" in created.stdout
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not path.read_bytes().startswith(b"SQLite format 3")
    # A plain path names it; so does the explicit URL.
    assert cli("demo", "--db", str(path), "--cases", "5", env=env).returncode == 0
    url = cli("demo", "--db", encrypted_url(path), "--cases", "5", env=env)
    assert url.returncode == 0, url.stderr
    db = open_database(str(path), create=False, passphrase=PASSPHRASE)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM detainee")).scalar() == 10_010
    finally:
        db.dispose()


def test_cli_refuses_a_wrong_or_missing_passphrase_and_changes_nothing(
    cli: Cli, encrypted_path: Path
):
    before = digest(files_of(encrypted_path))
    names = sorted(p.name for p in encrypted_path.parent.iterdir())
    wrong = cli(
        "demo",
        "--db",
        str(encrypted_path),
        "--cases",
        "5",
        env={"CASE_TRACKER_PASSPHRASE": "not the passphrase"},
    )
    assert wrong.returncode == 1
    assert "wrong passphrase" in wrong.stderr and "secret.db" in wrong.stderr
    assert "ERROR" not in wrong.stderr  # no SQLCipher log noise
    missing = cli("demo", "--db", str(encrypted_path), "--cases", "5")
    assert missing.returncode == 1
    assert "a passphrase is needed" in missing.stderr
    assert "CASE_TRACKER_PASSPHRASE" in missing.stderr
    assert digest(files_of(encrypted_path)) == before
    assert sorted(p.name for p in encrypted_path.parent.iterdir()) == names


def test_cli_init_encrypt_refuses_a_short_passphrase_and_creates_nothing(cli: Cli, tmp_path: Path):
    path = tmp_path / "weak.db"
    result = cli("init", "--encrypt", "--db", str(path), env={"CASE_TRACKER_PASSPHRASE": "short"})
    assert result.returncode == 1
    assert "passphrase" in result.stderr and "8 characters" in result.stderr
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValidationError):
        init_database(encrypted_url(path), passphrase="1234567")
    assert not path.exists()


def test_an_upgrade_of_an_encrypted_database_makes_an_encrypted_copy_first(tmp_path: Path):
    path = tmp_path / "old-secret.db"
    engine = make_engine(resolve_url(encrypted_url(path)), passphrase=PASSPHRASE)
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO detainee (case_no, name_latin, sex, status, synthetic, version) "
                "VALUES (:c, :n, 'U', 'held', false, 1)"
            ),
            {"c": CANARY_CASE, "n": CANARY_LATIN},
        )
    engine.dispose()

    db = open_database(str(path), create=False, passphrase=PASSPHRASE)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
    finally:
        db.dispose()
    (copy,) = tmp_path.glob("old-secret.db.before-*.bak")
    assert not contains_canary(copy)
    check = make_engine(resolve_url(encrypted_url(copy)), passphrase=PASSPHRASE)
    try:
        assert migrate.current_revision(check) == "0001"
    finally:
        check.dispose()


def test_a_default_install_brings_sqlcipher_bindings_and_psycopg():
    """One SQLCipher binding per platform with wheels (both install the module
    ``sqlcipher3``), and the PostgreSQL driver, among the default dependencies."""
    import tomllib

    from packaging.requirements import Requirement

    from tests.conftest import ROOT

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    requirements = [Requirement(r) for r in project["dependencies"]]

    def installed(platform: str, machine: str) -> set[str]:
        env = {"sys_platform": platform, "platform_machine": machine}
        return {r.name for r in requirements if r.marker is None or r.marker.evaluate(env)}

    assert any(r.name == "psycopg" and "binary" in r.extras for r in requirements)
    for platform, machine, binding in [
        ("linux", "x86_64", "sqlcipher3-binary"),
        ("linux", "aarch64", "sqlcipher3"),
        ("win32", "AMD64", "sqlcipher3"),
        ("win32", "ARM64", "sqlcipher3"),
        ("darwin", "arm64", "sqlcipher3"),
        ("darwin", "x86_64", "sqlcipher3"),
    ]:
        assert installed(platform, machine) & {"sqlcipher3", "sqlcipher3-binary"} == {binding}
    assert installed("linux", "ppc64le") & {"sqlcipher3", "sqlcipher3-binary"} == set()


def test_without_sqlcipher_bindings_encryption_is_refused_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """As on a platform without wheels: the bindings cannot be imported."""
    import sys

    from desktop.cli import run as cli_run

    for module in ("sqlcipher3", "pysqlcipher3"):
        monkeypatch.setitem(sys.modules, module, None)  # makes ``import`` fail
    monkeypatch.setenv("CASE_TRACKER_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "new"
    folder.mkdir()
    assert cli_run(["init", "--encrypt", "--db", str(folder / "secret.db")]) == 1
    err = capsys.readouterr().err
    expected = "encryption needs the SQLCipher bindings, which are not available for this platform"
    assert expected in err and "Traceback" not in err
    assert list(folder.iterdir()) == []
    url = f"sqlite+pysqlcipher:///{folder / 'other.db'}"
    with pytest.raises(DatabaseError, match="SQLCipher bindings"):
        open_database(url, passphrase=PASSPHRASE)
    assert list(folder.iterdir()) == []
