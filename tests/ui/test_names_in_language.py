"""Categories, facilities and people named in the window's language (desktop.domain.names):
the Cases list, its filters and its sort, the Approvals list and the decision dialog, in
Arabic and Kurmanji, on real widgets over a real seeded file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from window_helpers import language, window_in

from desktop.services.database import Database

SHOTS = os.environ.get("NAMES_SHOTS")  # a folder to save screenshots in, when set

# The seeded categories that hold people, in each language, in the order of the names
# each language shows.
CATEGORY_ORDER = {
    "en": ["European national", "Iraqi national", "Syrian ISIS member", "Third-country foreigner"],
    "ar": ["أجنبي من بلد ثالث", "عضو سوري في داعش", "مواطن أوروبي", "مواطن عراقي"],
    "ku": [
        "Biyaniyê welatê sêyemîn",
        "Endamê Sûrî yê DAIŞê",
        "Hemwelatiyê Ewropî",
        "Hemwelatiyê Iraqî",
    ],
}


def names_in(path: Path, lang: str) -> tuple[dict[int, str], dict[int, str]]:
    """Each category's and facility's name as the window in ``lang`` should show it, read
    from the file itself."""
    with sqlite3.connect(path) as conn:
        categories = {
            i: {"ar": ar, "ckb": ar, "ku": ku}.get(lang) or name
            for i, name, ar, ku in conn.execute("SELECT id, name, name_ar, name_ku FROM category")
        }
        facilities = {
            i: (ar if lang in ("ar", "ckb") and ar else name)
            for i, name, ar in conn.execute("SELECT id, name, name_ar FROM facility")
        }
    return categories, facilities


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_the_case_list_names_categories_and_facilities_in_the_window_language(
    qtbot, seeded_db: Database, seeded_path: Path, settings, lang: str
):
    """In Arabic and Kurmanji the Cases list's Category and Facility columns and its two
    filters showed the English names ('Syrian ISIS member', 'Synthetic Detention Centre
    17'), and the Kurmanji window never the categories' Kurmanji names."""
    from case_page_helpers import cases_page

    categories, facilities = names_in(seeded_path, lang)
    with window_in(qtbot, seeded_db, settings, lang) as window:
        page = cases_page(qtbot, window)
        model = page.model
        category, facility = model.column_of("category"), model.column_of("facility")
        for row in range(10):
            case = model.case_at(row)
            assert case is not None
            assert model.index(row, category).data() == categories[case.category_id]
            assert model.index(row, facility).data() == facilities[case.facility_id]
        offered = [page.filters.category.itemText(i).strip() for i in range(1, 7)]
        assert sorted(offered) == sorted(categories.values())
        offered = {page.filters.facility.itemText(i).strip() for i in range(1, 28)}
        assert offered == set(facilities.values())
        shot(window, f"cases-{lang}")


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_sorting_the_case_list_by_category_follows_the_names_shown(
    qtbot, seeded_db: Database, settings, lang: str
):
    """Sorting by category in Arabic or Kurmanji went in the order of the English names
    (European national first), not of the names the column shows."""
    from case_page_helpers import cases_page, wait_list

    order = CATEGORY_ORDER[lang]
    with window_in(qtbot, seeded_db, settings, lang) as window:
        page = cases_page(qtbot, window)
        column = page.model.column_of("category")
        page.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        wait_list(qtbot, page)
        assert page.model.query().sort == "category"
        assert page.model.index(0, column).data() == order[0]
        page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        wait_list(qtbot, page)
        assert page.model.index(0, column).data() == order[-1]
        shot(window, f"cases-by-category-{lang}")


@pytest.mark.parametrize("lang", ["en", "ar", "ku", "ckb"])
def test_every_page_of_the_list_sorted_by_category_is_in_the_order_shown(
    seeded_backend_db: Database, lang: str
):
    """The whole list sorted by category, page after page (on SQLite and PostgreSQL): its
    categories come in the order of the names shown (Sorani shows the Arabic ones)."""
    seeded_db = seeded_backend_db
    from desktop.services.cases import CaseQuery, page_cases

    query = CaseQuery(sort="category", lang=lang)
    seen: list[str] = []
    page = page_cases(seeded_db, query=query, limit=2_000)
    while page.rows:
        seen.extend(r.category for r in page.rows if not seen or r.category != seen[-1])
        page = page_cases(seeded_db, query=query, limit=2_000, after=page.last)
    seen = list(dict.fromkeys(seen))
    assert seen == CATEGORY_ORDER["ar" if lang == "ckb" else lang]


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_the_first_rows_read_with_sqlite3_are_named_as_the_later_pages(
    seeded_db: Database, seeded_path: Path, lang: str
):
    """The window's first rows, read with the standard library's sqlite3 before the engine
    exists, are named in the window's language as every page read later is."""
    from desktop.services.cases import CaseQuery, page_cases
    from desktop.services.first_rows import quick_first_page

    categories, facilities = names_in(seeded_path, lang)
    query = CaseQuery(lang=lang)
    quick = quick_first_page(seeded_db, query, 50)
    assert quick is not None
    assert [(r.category, r.facility) for r in quick.rows] == [
        (categories[r.category_id], facilities[r.facility_id]) for r in quick.rows
    ]
    assert quick.rows == page_cases(seeded_db, query=query, limit=50).rows


def _held_with_arabic_name(database: Database) -> tuple[int, str, str, str]:
    from sqlalchemy import text

    with database.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT id, case_no, name_latin, name_arabic FROM detainee d "
                "WHERE status = 'held' AND violent_crime = 0 AND name_arabic IS NOT NULL "
                "AND NOT EXISTS (SELECT 1 FROM amnesty_decision a WHERE a.detainee_id = d.id) "
                "ORDER BY id LIMIT 1"
            )
        ).one()
    return int(row[0]), str(row[1]), str(row[2]), str(row[3])


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_the_approvals_list_names_the_person_in_the_window_script(
    qtbot, seeded_db: Database, settings, lang: str
):
    """Waiting for approval in Arabic named a proposal's person by the Latin name only
    ('SYN-000002 — Hussein Mustafa Synthetic-2') where the case page and Apply amnesty show
    the Arabic name first; the list now names them in the window's script, the detail by
    both names, that one first. The Kurmanji window keeps the Latin name first."""
    from desktop.services.decisions import decide
    from desktop.ui.views.approvals_page import ApprovalsPage

    person, case_no, latin, arabic = _held_with_arabic_name(seeded_db)
    proposal = decide(seeded_db, amnesty_id=1, detainee_id=person, outcome="released")
    assert proposal.state == "proposed"
    first, second = (arabic, latin) if lang == "ar" else (latin, arabic)
    with window_in(qtbot, seeded_db, settings, lang) as window:
        window.show_page("approvals")
        page = window.pages["approvals"]
        assert isinstance(page, ApprovalsPage)
        qtbot.waitUntil(page.is_ready, timeout=10_000)
        shown = page.model.index(0, 0).data()
        assert shown.startswith(case_no)
        assert first in shown and second not in shown, shown  # the list's narrow column
        qtbot.waitUntil(lambda: case_no in page.detail.text())
        detail = page.detail.text()
        assert detail.index(first) < detail.index(second), detail
        shot(window, f"approvals-{lang}")


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_the_decision_form_names_the_person_in_the_window_script(
    qtbot, seeded_db: Database, settings, lang: str
):
    """The decision form's person field, in Arabic, put the Latin name first ('SYN-000001 —
    Abd al-Rahman … · عبد الرحمن …'), as did its list of people found."""
    from desktop.ui.dialogs.decision import DecisionDialog

    person, case_no, latin, arabic = _held_with_arabic_name(seeded_db)
    first, second = (arabic, latin) if lang == "ar" else (latin, arabic)
    with window_in(qtbot, seeded_db, settings, lang) as window:
        dialog = DecisionDialog(window, seeded_db, amnesty_id=1, detainee_id=person)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.person.person is not None, timeout=10_000)
        shown = dialog.person.text()
        assert shown.startswith(case_no)
        assert shown.index(first) < shown.index(second), shown
        found = dialog.person.choices
        found.set_rows([dialog.person.person])
        offered = found.index(0, 0).data()
        assert offered.index(first) < offered.index(second), offered
        shot(dialog, f"decision-{lang}")
        dialog.reject()


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_the_facility_page_names_categories_in_the_window_language(
    qtbot, seeded_db: Database, seeded_path: Path, settings, lang: str
):
    """A facility's People held tab (the people's categories and the count by category)
    and the Annex's headcount history named every category in English in the Arabic and
    Kurmanji windows ('Syrian ISIS member 6000', 'Women …')."""
    from facility_helpers import click, facilities_page, idle

    categories, facilities = names_in(seeded_path, lang)
    with window_in(qtbot, seeded_db, settings, lang) as window:
        page = facilities_page(window)
        idle(qtbot, page)
        click(qtbot, page, facilities[3])  # the first synthetic centre
        people = page.detail.people
        qtbot.waitUntil(lambda: people.people_model.rowCount() > 0, timeout=10_000)
        shown = {people.people_model.index(r, 3).data() for r in range(10)}
        assert shown and shown <= set(categories.values()), shown
        lines = people.comparison_model.rowCount() - 1  # the last is the total
        counted = {people.comparison_model.index(r, 0).data() for r in range(lines)}
        assert counted and counted <= set(categories.values()), counted
        page.detail.tabs.setCurrentIndex(2)
        shot(window, f"facility-people-{lang}")
        first_page = people.people_model.rowCount()
        people.more.click()  # the next page of people, read on its own
        qtbot.waitUntil(lambda: people.people_model.rowCount() > first_page, timeout=10_000)
        more = {
            people.people_model.index(r, 3).data()
            for r in range(first_page, people.people_model.rowCount())
        }
        assert more <= set(categories.values()), more
        click(qtbot, page, facilities[2])  # the Annex, whose headcount counts by category
        qtbot.waitUntil(lambda: page.detail.headcounts_model.rowCount() > 0, timeout=10_000)
        parts = page.detail.headcounts_model.index(0, 2).data()
        assert parts.startswith(CATEGORY_ORDER[lang][0]), parts  # the third-country foreigners


@pytest.mark.parametrize("lang", ["ar", "ku", "ckb"])
def test_a_transfer_names_the_facilities_in_the_window_language(
    qtbot, seeded_db: Database, seeded_path: Path, settings, lang: str, monkeypatch
):
    """After a transfer in the Arabic window the case's Transfers tab said 'From Synthetic
    Detention Centre 15 To al-Hol camp' and the status bar 'SYN-000001 Abd al-Rahman …
    transferred to al-Hol camp', where the case's facility field says 'مخيم الهول'."""
    from datetime import date

    from case_page_helpers import cases_page

    from desktop.ui.dialogs.transfer import TransferDialog, TransferRequest

    categories, facilities = names_in(seeded_path, lang)
    del categories
    with window_in(qtbot, seeded_db, settings, lang) as window:
        page = cases_page(qtbot, window)
        record = page.controller.record
        monkeypatch.setattr(
            TransferDialog, "ask", lambda *_a, **_k: TransferRequest(1, date(2021, 5, 1), None)
        )
        with qtbot.waitSignal(page.controller.saved, timeout=10_000):
            page.detail.transfer_button.click()
        qtbot.waitUntil(lambda: page.detail.transfers.rowCount() == 1, timeout=10_000)
        transfers = page.detail.transfers
        assert transfers.index(0, 1).data() == facilities[record.facility_id]
        assert transfers.index(0, 2).data() == facilities[1]
        said = window.statusBar().currentMessage()
        assert facilities[1] in said, said
        if lang in ("ar", "ckb"):
            assert record.name_arabic and record.name_arabic in said, said
        page.detail.tabs.setCurrentIndex(2)
        shot(window, f"case-transfers-{lang}")


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_possible_duplicates_name_the_facility_in_the_window_language(
    qtbot, seeded_db: Database, seeded_path: Path, settings, lang: str, monkeypatch
):
    """The possible duplicates before a new case is saved listed each one's facility in
    English in the Arabic and Kurmanji windows."""
    from case_page_helpers import cases_page

    from desktop.ui.dialogs.duplicates import DuplicatesDialog

    categories, facilities = names_in(seeded_path, lang)
    del categories
    seen: list[list[str]] = []

    def ask(parent, candidates) -> bool:
        dialog = DuplicatesDialog(parent, candidates)
        qtbot.addWidget(dialog)
        column = 4  # SHOWN: case_no, name_latin, name_arabic, birth_year, facility, status
        seen.append([dialog.model.index(r, column).data() for r in range(dialog.model.rowCount())])
        shot(dialog, f"duplicates-{lang}")
        return False

    monkeypatch.setattr(DuplicatesDialog, "ask", ask)
    with window_in(qtbot, seeded_db, settings, lang) as window:
        page = cases_page(qtbot, window)
        page.detail.new_button.click()
        page.detail.case_no.setText("new-001")
        page.detail.name_latin.setText("Muhammad Khalid")
        page.detail.birth_year.setText("1967")
        page.detail.facility.setCurrentIndex(1)
        page.detail.save_button.click()
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=10_000)
        qtbot.waitUntil(lambda: not page.controller.busy, timeout=10_000)
    assert seen[0] and set(seen[0]) <= set(facilities.values()), seen


def _kurmanji(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT code, name_ku FROM category"))


def test_the_amnesty_rules_name_categories_in_kurmanji(
    qtbot, seeded_db: Database, seeded_path: Path, settings
):
    """The Kurmanji window's amnesty rules listed every category by its English name
    ('Iraqi national'): the categories' Kurmanji names were never used in the window."""
    from desktop.ui.views.amnesties_page import AmnestiesPage
    from desktop.ui.views.amnesty_rules import CODE_ROLE

    kurmanji = _kurmanji(seeded_path)
    assert all(kurmanji.values())
    with window_in(qtbot, seeded_db, settings, "ku") as window:
        window.show_page("amnesties")
        page = window.pages["amnesties"]
        assert isinstance(page, AmnestiesPage)
        qtbot.waitUntil(lambda: page.is_ready() and page.controller.detail is not None)
        for listing in (page.detail.rules.include, page.detail.rules.exclude):
            items = [listing.item(i) for i in range(listing.count())]
            assert {i.data(CODE_ROLE): i.text().strip() for i in items} == kurmanji
        shot(window, "amnesty-rules-ku")


def test_a_headcount_names_categories_in_kurmanji(qtbot, seeded_db: Database, seeded_path: Path):
    """The Kurmanji headcount form captioned its counts by category in English."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from desktop.services import headcounts as svc
    from desktop.ui.views.headcount_dialog import HeadcountDialog

    categories = svc.list_categories(seeded_db)
    by_id = names_in(seeded_path, "ku")[0]
    with language("ku"):
        d = HeadcountDialog(None, categories=categories, sources=svc.list_sources(seeded_db))
        qtbot.addWidget(d)
        grid = d.findChild(QFormLayout)
        assert grid is not None
        for c in categories:
            caption = grid.labelForField(d.counts[c.id].parentWidget())
            assert isinstance(caption, QLabel)
            assert caption.text().strip() == by_id[c.id]


def test_apply_amnesty_names_categories_in_kurmanji(qtbot, seeded_db: Database, settings):
    """Apply amnesty in Kurmanji listed and counted each person's category in English
    ('Syrian ISIS member')."""
    from desktop.ui.dialogs.apply_amnesty import ApplyAmnestyDialog

    with window_in(qtbot, seeded_db, settings, "ku") as window:
        dialog = ApplyAmnestyDialog(window, seeded_db, amnesty_id=1)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=15_000):
            dialog.show()
        model = dialog.model
        shown = {model.data(model.index(r, 2)) for r in range(min(50, model.rowCount()))}
        assert shown and shown <= set(CATEGORY_ORDER["ku"]), shown
        counted = dialog.by_category
        names = {counted.data(counted.index(r, 0)) for r in range(counted.rowCount())}
        assert names and names <= set(CATEGORY_ORDER["ku"]), names
        shot(dialog, "apply-amnesty-ku")
        dialog.reject()


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_an_amnesty_decisions_name_people_in_the_window_script(
    qtbot, seeded_db: Database, settings, lang: str
):
    """An amnesty's Decisions tab in Arabic named each person by the Latin name only
    ('Abd al-Rahman Moustafa Synthetic-1'), where the case page shows the Arabic one."""
    from sqlalchemy import text

    from desktop.ui.views.amnesties_page import AmnestiesPage

    with seeded_db.engine.connect() as conn:
        names = {
            case_no: (latin, arabic)
            for case_no, latin, arabic in conn.execute(
                text("SELECT case_no, name_latin, name_arabic FROM detainee")
            )
        }
    with window_in(qtbot, seeded_db, settings, lang) as window:
        window.show_page("amnesties")
        page = window.pages["amnesties"]
        assert isinstance(page, AmnestiesPage)
        qtbot.waitUntil(lambda: page.is_ready() and page.controller.detail is not None)
        model = page.detail.decisions
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
        for row in range(min(20, model.rowCount())):
            latin, arabic = names[model.index(row, 0).data()]
            wanted = arabic if lang == "ar" and arabic else latin
            assert model.index(row, 1).data() == wanted


@pytest.mark.parametrize("lang", ["ar", "ku"])
def test_the_case_heading_names_the_person_in_the_window_script_first(
    qtbot, seeded_db: Database, settings, lang: str
):
    """The case's heading in Arabic said 'SYN-000001 — Abd al-Rahman Moustafa Synthetic-1'
    with the Arabic name beneath, where the facility's heading (and now every list) names
    a record in the window's script first."""
    from case_page_helpers import cases_page

    with window_in(qtbot, seeded_db, settings, lang) as window:
        page = cases_page(qtbot, window)
        record = page.controller.record
        assert record.name_arabic
        first, other = (
            (record.name_arabic, record.name_latin)
            if lang == "ar"
            else (record.name_latin, record.name_arabic)
        )
        heading = page.detail.heading.text()
        assert record.case_no in heading and first in heading and other not in heading
        assert other in page.detail.other_heading.text()
        shot(window, f"case-heading-{lang}")


def test_saving_a_case_names_the_person_in_the_window_script(qtbot, seeded_db: Database, settings):
    """After a save in Arabic the status bar said 'Saved SYN-000001 Abd al-Rahman Moustafa
    Synthetic-1' (and the question about unsaved changes named the Latin name too)."""
    from case_page_helpers import cases_page

    with window_in(qtbot, seeded_db, settings, "ar") as window:
        page = cases_page(qtbot, window)
        record = page.controller.record
        assert record.name_arabic
        assert record.name_arabic in page.controller.label()
        assert record.name_latin not in page.controller.label()
        page.detail.notes.setPlainText("changed")
        with qtbot.waitSignal(page.controller.saved, timeout=10_000):
            page.detail.save_button.click()
        said = window.statusBar().currentMessage()
        assert record.name_arabic in said and record.name_latin not in said, said


def test_a_facility_with_unsaved_changes_is_named_in_the_window_language(
    qtbot, seeded_db: Database, seeded_path: Path, settings, monkeypatch
):
    """Leaving a facility with unsaved changes in Arabic asked about 'al-Hol camp', where
    the page's heading and list say 'مخيم الهول'."""
    from facility_helpers import click, facilities_page, idle, install_prompts, type_into

    facilities = names_in(seeded_path, "ar")[1]
    prompts = install_prompts(monkeypatch)
    with window_in(qtbot, seeded_db, settings, "ar") as window:
        page = facilities_page(window)
        idle(qtbot, page)
        assert page.controller.detail is not None
        assert page.controller.detail.record.name == "al-Hol camp"
        type_into(qtbot, page.detail.capacity, "70000")
        qtbot.waitUntil(window.isWindowModified)
        click(qtbot, page, facilities[3])
        assert prompts.unsaved == ["مخيم الهول"]


def test_the_amnesty_rules_list_categories_in_the_order_of_the_names_shown(
    qtbot, seeded_db: Database, settings
):
    """The rules' category lists in Arabic came in the order of the English names
    (Children, Iraqi national, …) though they show the Arabic ones; they now follow the
    names shown, each nested category under its own, as the Cases filters do."""
    from desktop.ui.views.amnesties_page import AmnestiesPage

    with window_in(qtbot, seeded_db, settings, "ar") as window:
        window.show_page("amnesties")
        page = window.pages["amnesties"]
        assert isinstance(page, AmnestiesPage)
        qtbot.waitUntil(lambda: page.is_ready() and page.controller.detail is not None)
        listing = page.detail.rules.include
        assert [listing.item(i).text() for i in range(listing.count())] == [
            "أجنبي من بلد ثالث",
            "    مواطن أوروبي",
            "أطفال",
            "عضو سوري في داعش",
            "مواطن عراقي",
            "نساء",
        ]


def test_the_case_filters_list_categories_in_the_order_of_the_names_shown(
    qtbot, seeded_db: Database, settings
):
    """The Cases page's category filter in Arabic listed the categories in the order of
    their English names; it follows the names shown, nested ones under their own."""
    from case_page_helpers import cases_page

    with window_in(qtbot, seeded_db, settings, "ar") as window:
        page = cases_page(qtbot, window)
        combo = page.filters.category
        assert [combo.itemText(i) for i in range(1, combo.count())] == [
            "أجنبي من بلد ثالث",
            "    مواطن أوروبي",
            "أطفال",
            "عضو سوري في داعش",
            "مواطن عراقي",
            "نساء",
        ]


def test_the_facility_list_orders_arabic_names_as_the_case_list_does(
    qtbot, seeded_db: Database, settings
):
    """The Facilities list in Arabic put 'أبو ظهور' (a hamza on its alef) before 'ابراهيم'
    by code point, where the Cases list sorted by facility reads both as alef and orders
    them by the letters that follow (desktop.domain.names.sort_key): both now agree."""
    from facility_helpers import facilities_page, idle

    from desktop.domain.facility_rules import FacilityFields
    from desktop.services.cases import CaseQuery
    from desktop.services.facilities import save_facility
    from desktop.store.case_pages import group_order
    from desktop.store.case_queries import plan

    for latin, arabic in (("Ibrahim centre", "ابراهيم"), ("Abu Zuhur centre", "أبو ظهور")):
        save_facility(seeded_db, values=FacilityFields(name=latin, name_ar=arabic))
    with seeded_db.read() as s:
        ids = group_order(s, plan(s, CaseQuery(sort="facility", lang="ar")))
        names = dict(s.execute(text_query()).all())
    pair = ("ابراهيم", "أبو ظهور")
    in_cases = [names[i] for i in ids if i is not None and names[i] in pair]
    assert in_cases == ["ابراهيم", "أبو ظهور"]
    with window_in(qtbot, seeded_db, settings, "ar") as window:
        page = facilities_page(window)
        idle(qtbot, page)
        model = page.model
        shown = [model.index(r, 0).data() for r in range(model.rowCount())]
        assert [n for n in shown if n in pair] == in_cases


def text_query() -> Any:
    from sqlalchemy import text

    return text("SELECT id, name_ar FROM facility WHERE name_ar IS NOT NULL")
