"""Translation catalogs: extract, compile and check them (run from a checkout).

    python -m desktop.tools.i18n update    # desktop/**/*.py -> resources/i18n/case_tracker_<lang>.ts
    python -m desktop.tools.i18n release   # lrelease: every resources/i18n/*.ts -> .qm beside it
    python -m desktop.tools.i18n check     # every string translated, every .qm up to date

``update`` runs pyside6-lupdate for ar, ku and ckb. lupdate reads a stub that
``desktop.tools.i18n_scan`` writes from the sources: one ``QCoreApplication.translate(
"Context", "text")`` per string the application asks Qt to translate, under the context Qt
uses at run time (lupdate alone misses a module's ``_tr`` helper and files ``tr`` helpers and
``window.tr`` under contexts Qt never asks for). lupdate keeps the translations already made
and drops strings the code no longer has (``-no-obsolete``); new strings arrive marked
``unfinished``, to be translated (Qt Linguist: ``pyside6-linguist
resources/i18n/case_tracker_ar.ts``, or any text editor) before ``release``. Catalogs carry
no source locations (``-locations none``) so that moving code does not rewrite them.
lupdate does not know Central Kurdish (ckb) and refuses to merge into its catalog, so it runs
on it as "ku" (the same plural rules) and the catalog keeps language="ckb".

``qtbase_ku.ts`` and ``qtbase_ckb.ts`` are written by hand: Qt ships no Kurdish translation
of its own buttons and dialogs (Qt's Arabic one, qtbase_ar.qm, comes with PySide6), so these
supply the common ones, under the contexts and source texts Qt uses. ``qtbase_ar.ts``, also
by hand, supplies the few Qt 6 texts that Qt's Arabic catalog lacks (the file dialog's
"&Look in:" and "Files of &type:"); it is loaded beside Qt's.

The ``.qm`` files are committed, so that a fresh clone and the wheel have them without a
build step; ``check`` (and the test suite) fails when one differs from what ``lrelease``
makes of its ``.ts`` now. ``lrelease`` output is byte-for-byte reproducible for one Qt
version (PySide6 is pinned), so the comparison is by bytes.

This module is not imported by the application at run time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.tools.i18n_scan import Lookup, Unresolved, scan

ROOT = Path(__file__).resolve().parents[2]
CATALOG_DIR = ROOT / "resources" / "i18n"
LANGUAGES = ("ar", "ku", "ckb")
PROJECT = "case_tracker"
# Folders of desktop/ that hold no interface strings.
SKIPPED = ("tools", "store/migrations")

Key = tuple[str, str, str]  # context, source text, disambiguation comment


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translation: str
    finished: bool


def catalog_path(lang: str, root: Path = ROOT) -> Path:
    return root / "resources" / "i18n" / f"{PROJECT}_{lang}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python module of the application, relative to ``root``, in a stable order."""
    package = root / "desktop"
    skipped = [package / s for s in SKIPPED]
    return sorted(
        p.relative_to(root)
        for p in package.rglob("*.py")
        if not any(s == p.parent or s in p.parents for s in skipped)
    )


def _run_tool(tool: str, args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run PySide6's ``lupdate`` or ``lrelease`` through the same wrapper as the
    ``pyside6-lupdate`` console script, found from this interpreter on every platform."""
    code = f"from PySide6.scripts.pyside_tool import {tool}; {tool}()"
    result = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"{tool} failed ({result.returncode}):\n{result.stderr}{result.stdout}")
    return result


# Languages lupdate does not know (it refuses to merge into such a catalog): it runs with
# a stand-in of the same plural rules, and the catalog keeps its real language.
LUPDATE_STAND_IN = {"ckb": "ku"}


def scan_sources(root: Path = ROOT) -> tuple[list[Lookup], list[Unresolved]]:
    """What the application asks Qt to translate, with the context Qt uses at run time
    (see ``desktop.tools.i18n_scan``), and the calls whose context cannot be known."""
    return scan(root, source_files(root))


def write_stub(lookups: Sequence[Lookup], path: Path) -> None:
    """One ``QCoreApplication.translate(context, text, disambiguation)`` line per lookup,
    for lupdate to extract under exactly the contexts Qt asks for."""
    lines, seen = [], set()
    for item in lookups:
        if item.key in seen:
            continue
        seen.add(item.key)
        args = [json.dumps(a, ensure_ascii=False) for a in item.key]
        if item.plural:
            args.append("1")
        lines.append(f"QCoreApplication.translate({', '.join(args)})  # {item.where}")
    path.write_text("\n".join(lines) + "\n", "utf-8")


def lupdate(
    ts_files: Sequence[Path],
    root: Path = ROOT,
    *,
    language: str | None = None,
    sources: Sequence[Path] | None = None,
) -> None:
    """Extract the interface strings into ``ts_files`` (merging into existing
    translations, dropping vanished strings). By default lupdate reads a stub written from
    ``scan_sources``; ``sources`` makes it read those files instead."""
    stand_in = LUPDATE_STAND_IN.get(language or "")
    if stand_in:
        _set_language(ts_files, language or "", stand_in)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            if sources is None:
                stub = Path(tmp) / "interface_strings.py"
                write_stub(scan_sources(root)[0], stub)
                sources = [stub]
            listing = Path(tmp) / "sources.lst"
            listing.write_text("\n".join(str(p) for p in sources) + "\n", "utf-8")
            args = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
            if language:
                args += ["-target-language", stand_in or language]
            args += [f"@{listing}", "-ts", *(str(t) for t in ts_files)]
            result = _run_tool("lupdate", args, root)
            if "won't be updated" in result.stdout + result.stderr:  # and yet it exits 0
                raise RuntimeError(result.stdout + result.stderr)
    finally:
        if stand_in:
            _set_language(ts_files, stand_in, language or "")


def _set_language(ts_files: Sequence[Path], old: str, new: str) -> None:
    for path in ts_files:
        if path.is_file():
            text = path.read_text("utf-8")
            path.write_text(
                text.replace(
                    f'<TS version="2.1" language="{old}"', f'<TS version="2.1" language="{new}"', 1
                ),
                "utf-8",
            )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one catalog; unfinished translations are left out (English shows instead)."""
    _run_tool(
        "lrelease", ["-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)], ts_file.parent
    )


def read_catalog(path: Path) -> dict[Key, Message]:
    """The messages of a ``.ts`` file by (context, source, comment)."""
    tree = ET.parse(path)
    messages: dict[Key, Message] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            element = message.find("translation")
            kind = element.get("type", "") if element is not None else "unfinished"
            if element is not None and message.get("numerus") == "yes":
                forms = [f.text or "" for f in element.iter("numerusform")]
                text = "\n".join(forms)
                has_text = bool(forms) and all(forms)
            else:
                text = (element.text or "") if element is not None else ""
                has_text = bool(text)
            finished = kind not in ("unfinished", "vanished", "obsolete") and has_text
            messages[(name, source, comment)] = Message(name, source, comment, text, finished)
    return messages


def extract(root: Path = ROOT, *, sources: Sequence[Path] | None = None) -> set[Key]:
    """The (context, source, comment) of every interface string in the code now, as
    lupdate extracts them from the scanner's stub (or from ``sources`` as they are)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / f"{PROJECT}_xx.ts"
        lupdate([ts], root, language="ar", sources=sources)
        return set(read_catalog(ts))


def untranslated(root: Path = ROOT, languages: Sequence[str] = LANGUAGES) -> dict[str, list[Key]]:
    """Per language, the strings of the code that its catalog lacks or leaves unfinished."""
    wanted = extract(root)
    result: dict[str, list[Key]] = {}
    for lang in languages:
        path = catalog_path(lang, root)
        catalog = read_catalog(path) if path.is_file() else {}
        result[lang] = sorted(k for k in wanted if k not in catalog or not catalog[k].finished)
    return result


def hand_written_unfinished(root: Path = ROOT) -> dict[str, list[Key]]:
    """Unfinished messages of the catalogs ``update`` does not manage (qtbase_*.ts)."""
    result: dict[str, list[Key]] = {}
    for path in sorted((root / "resources" / "i18n").glob("qtbase_*.ts")):
        result[path.name] = sorted(k for k, m in read_catalog(path).items() if not m.finished)
    return result


def stale_binaries(root: Path = ROOT) -> list[str]:
    """Catalogs whose committed ``.qm`` is missing or differs from ``lrelease`` of its ``.ts``."""
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
            committed = ts.with_suffix(".qm")
            fresh = Path(tmp) / committed.name
            lrelease(ts, fresh)
            if not committed.is_file():
                stale.append(f"{committed.name}: missing")
            elif committed.read_bytes() != fresh.read_bytes():
                stale.append(f"{committed.name}: differs from lrelease of {ts.name}")
    return stale


def update(root: Path = ROOT) -> dict[str, tuple[int, int]]:
    """Run lupdate into every language's catalog; returns (strings, unfinished) per language."""
    counts: dict[str, tuple[int, int]] = {}
    for lang in LANGUAGES:
        path = catalog_path(lang, root)
        path.parent.mkdir(parents=True, exist_ok=True)
        lupdate([path], root, language=lang)
        catalog = read_catalog(path)
        counts[lang] = (len(catalog), sum(not m.finished for m in catalog.values()))
    return counts


def release(root: Path = ROOT) -> list[Path]:
    made = []
    for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))
        made.append(ts.with_suffix(".qm"))
    return made


def check(root: Path = ROOT) -> list[str]:
    """Every problem, as lines a developer can act on; empty when all is well."""
    problems: list[str] = []
    for item in scan_sources(root)[1]:
        problems.append(f"{item.where}: {item.call}: {item.why}")
    for lang, keys in untranslated(root).items():
        for context, source, _comment in keys:
            problems.append(f"{PROJECT}_{lang}.ts: [{context}] {source!r} not translated")
    for name, keys in hand_written_unfinished(root).items():
        for context, source, _comment in keys:
            problems.append(f"{name}: [{context}] {source!r} not translated")
    problems += stale_binaries(root)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.tools.i18n", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("action", choices=["update", "release", "check"])
    args = parser.parse_args(argv)
    if args.action == "update":
        for lang, (total, unfinished) in update().items():
            print(f"{PROJECT}_{lang}.ts: {total} strings, {unfinished} to translate")
        return 0
    if args.action == "release":
        for qm in release():
            print(f"wrote {qm.relative_to(ROOT)}")
        return 0
    problems = check()
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s); run update, translate, release", file=sys.stderr)
        return 1
    print("catalogs complete and .qm files up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
