"""The catalogs: every interface string translated into ar, ku and ckb, the committed .qm
files made from the .ts files as they are now, and translations that keep the source's
placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.tools import i18n as tools

LANGUAGES = tools.LANGUAGES


@pytest.fixture(scope="module")
def extracted() -> set[tools.Key]:
    return tools.extract()


def catalog(lang: str) -> dict[tools.Key, tools.Message]:
    return tools.read_catalog(tools.catalog_path(lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_is_translated(lang: str, extracted: set[tools.Key]):
    """lupdate over the code as it is now; every string must be in the committed catalog
    and translated. On failure: python -m desktop.tools.i18n update, translate, release."""
    messages = catalog(lang)
    missing = sorted(f"[{c}] {s!r}" for c, s, m in extracted if (c, s, m) not in messages)
    unfinished = sorted(
        f"[{c}] {s!r}"
        for (c, s, m) in extracted
        if (c, s, m) in messages and not messages[(c, s, m)].finished
    )
    assert missing == [], f"{len(missing)} strings missing from case_tracker_{lang}.ts"
    assert unfinished == [], f"{len(unfinished)} strings unfinished in case_tracker_{lang}.ts"


def test_every_translation_call_has_a_context_known_before_run_time():
    """``window.tr``/``app.tr`` on an object whose class the code does not state is looked
    up under that object's class at run time; no catalog can be written for it."""
    assert [f"{u.where}: {u.call}" for u in tools.scan_sources()[1]] == []


def test_the_scanner_sees_every_string_lupdate_sees():
    """lupdate reading the sources themselves finds no text that the scanner (which feeds
    lupdate a stub with the run-time contexts) misses."""
    lookups, unresolved = tools.scan_sources()
    seen = {item.source for item in lookups} | {
        re.sub(r"^.*?\((['\"])(.*)\1.*$", r"\2", u.call) for u in unresolved
    }
    by_lupdate = {source for _c, source, _m in tools.extract(sources=tools.source_files())}
    assert sorted(by_lupdate - seen) == []


def test_the_stub_round_trips_through_lupdate(extracted: set[tools.Key]):
    """Quotes, newlines and non-ASCII text survive the stub lupdate reads."""
    assert extracted == {item.key for item in tools.scan_sources()[0]}


def test_committed_qm_files_are_what_lrelease_makes_now():
    assert tools.stale_binaries() == []


def test_lrelease_output_is_reproducible(tmp_path: Path):
    """The .qm comparison above is by bytes, which is only sound if lrelease is."""
    ts = tools.catalog_path("ar")
    tools.lrelease(ts, tmp_path / "one.qm")
    tools.lrelease(ts, tmp_path / "two.qm")
    assert (tmp_path / "one.qm").read_bytes() == (tmp_path / "two.qm").read_bytes()


def test_the_stale_check_notices_an_edited_catalog(tmp_path: Path):
    """Copy the catalogs, change one translation without releasing: the check names it."""
    import shutil

    copy = tmp_path / "resources" / "i18n"
    shutil.copytree(tools.CATALOG_DIR, copy)
    tools.release(tmp_path)
    assert tools.stale_binaries(tmp_path) == []
    ts = copy / "qtbase_ku.ts"
    text = ts.read_text("utf-8")
    edited = re.sub(
        r"<translation>([^<]+)</translation>", r"<translation>\1!</translation>", text, count=1
    )
    assert edited != text
    ts.write_text(edited, "utf-8")
    assert tools.stale_binaries(tmp_path) == ["qtbase_ku.qm: differs from lrelease of qtbase_ku.ts"]


def test_hand_written_qt_catalogs_are_complete():
    assert set(tools.hand_written_unfinished()) == {"qtbase_ar.ts", "qtbase_ckb.ts", "qtbase_ku.ts"}
    assert all(keys == [] for keys in tools.hand_written_unfinished().values())


PLACEHOLDER = re.compile(r"%L?(\d)")
TAG = re.compile(
    r"</?(?:h[1-6]|p|b|i|u|br|a|ul|ol|li|table|tr|td|th|span|div|small|big|em|strong|nobr|code|pre|tt)\b"
)


@pytest.mark.parametrize(
    "path",
    sorted(tools.CATALOG_DIR.glob("*.ts")),
    ids=lambda p: p.name,
)
def test_translations_keep_placeholders_markup_and_one_accelerator(path: Path):
    """%1, %2 …, HTML tags and the & of a menu accelerator survive translation."""
    problems = []
    for (context, source, _c), message in tools.read_catalog(path).items():
        if not message.finished:
            continue
        text = message.translation
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            problems.append(f"[{context}] {source!r}: placeholders differ in {text!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            problems.append(f"[{context}] {source!r}: markup differs in {text!r}")
        accelerators = lambda s: len(re.findall(r"&(?!&|[a-z]+;)", s))  # noqa: E731
        if accelerators(source) != accelerators(text):
            problems.append(f"[{context}] {source!r}: accelerator differs in {text!r}")
    assert problems == []
