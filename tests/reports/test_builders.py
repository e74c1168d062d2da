"""The four reports built from the seeded database and read back: PDF text (pypdf),
CSV and XLSX, with the reported figures beside the counted ones."""

from __future__ import annotations

import csv
import re
import stat
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select, update

from desktop.domain.errors import NotFoundError, RuleError
from desktop.reports.builders import words
from desktop.reports.content import ReportContent, Table
from desktop.reports.render import render
from desktop.services.database import Database
from desktop.services.reports import build_report, case_numbers, report_choices
from desktop.store import seed, synthetic
from desktop.store.models import AmnestyDecision, Detainee, Facility, Transfer

NOW = datetime(2024, 3, 5, 9, 30, tzinfo=UTC)
CONFIDENTIAL = "CONFIDENTIAL: contains personal data"
SYNTHETIC = "Includes synthetic records"


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def csv_rows(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def table(content: ReportContent, title: str) -> Table:
    return next(t for t in content.tables() if t.title == title)


def column(t: Table, key: str) -> int:
    return [c.key for c in t.columns].index(key)


def row_of(t: Table, first: str) -> list:
    return list(next(r for r in t.rows if r[0] == first))


def check_chrome(
    pages: list[str],
    title: str,
    *,
    personal: bool,
    synthetic: bool,
    database: str = "case-tracker.db",
) -> None:
    for number, text in enumerate(pages, start=1):
        assert title in text
        assert f"Page {number} of {len(pages)}" in text
        assert "Generated: 2024-03-05 09:30 UTC" in text
        assert f"Database: {database}" in text
        assert "Filter:" in text
        assert (CONFIDENTIAL in text) is personal, number
        assert (SYNTHETIC in text) is synthetic, number


# --- occupancy -------------------------------------------------------------------------------


def test_occupancy_pdf_has_reported_and_counted_figures(qapp, seeded_db: Database, tmp_path):
    content = build_report(seeded_db, kind="occupancy", now=NOW)
    path = tmp_path / "occupancy.pdf"
    pages = render(content, path)
    texts = pdf_pages(path)
    assert pages == len(texts) >= 2
    check_chrome(texts, "Occupancy by facility", personal=False, synthetic=True)
    text = " ".join(texts)
    assert re.search(r"al-Hol camp unknown ≈ 65,000 Oct 2020 0\b", text)
    assert re.search(r"The Annex \(al-Hol camp\) unknown ≈ 10,000 2020 0\b", text)
    assert "Filter: All facilities" in text
    # the network aggregates as reported, beside the counts from records
    assert re.search(r"administration more than 24 2020 lower bound 25\b", text)
    assert re.search(
        r"ISIS fighters held in the detention centres ≈ 10,000 2020 approximate 9369", text
    )
    assert re.search(r"refuse to take them back ≈ 2,000 2020 approximate 2000\b", text)
    assert re.search(r"Europeans among those foreigners ≈ 800 2020 approximate 800\b", text)
    assert "Reported network figures beside counts from records" in text
    assert re.search(r"Total \(27 facilities\) \d+ ≈ 65,000 9369\b", text)
    assert "Sources and precision" in text
    assert "[1] “Hundreds of ISIS members in Syria released by Kurdish authorities”" in text
    assert "al-Hol camp: headcount ≈ 65,000 (approximate), as of Oct 2020; source [1]." in text
    assert "Occupancy against design capacity (%)" in text
    assert "Design capacity not reported, so occupancy cannot be computed: al-Hol camp" in text


def test_occupancy_flags_overcrowding_and_counts_live(seeded_backend_db: Database):
    content = build_report(seeded_backend_db, kind="occupancy", now=NOW)
    facilities = table(content, "Facilities")
    occupancy = column(facilities, "occupancy")
    flag = column(facilities, "flag")
    over = {i for i, r in enumerate(facilities.rows) if r[occupancy] and r[occupancy] > 100}
    assert over and facilities.highlight_rows == frozenset(over)
    assert all((r[flag] == "Yes") == (i in over) for i, r in enumerate(facilities.rows))
    held = column(facilities, "held")
    assert facilities.totals is not None and facilities.totals[held] == 9369
    assert facilities.totals[flag] == len(over)

    # Counts come from the records: release one person and the report follows.
    with seeded_backend_db.session() as s:
        person = s.scalars(select(Detainee).where(Detainee.status == "held").limit(1)).one()
        person.status = "released"
    again = build_report(seeded_backend_db, kind="occupancy", now=NOW)
    assert table(again, "Facilities").totals[held] == 9368
    network = table(again, "Reported network figures beside counts from records")
    fighters = row_of(network, "ISIS fighters held in the detention centres")
    assert fighters[1] == "≈ 10,000" and fighters[column(network, "counted")] == 9368


def test_occupancy_of_one_camp_with_its_section(seeded_db: Database, tmp_path):
    content = build_report(seeded_db, kind="occupancy", facility_ref="al-Hol camp", now=NOW)
    facilities = table(content, "Facilities")
    assert [r[0] for r in facilities.rows] == ["al-Hol camp", "The Annex (al-Hol camp)"]
    assert content.filter_text == "Facility: al-Hol camp and its sections"
    assert not content.includes_synthetic  # no synthetic row or person is shown
    # The Annex is inside al-Hol: its headcount is not added again.
    assert facilities.totals[column(facilities, "headcount")] == "≈ 65,000"
    assert not any(t.title.startswith("Reported network") for t in content.tables())
    path = tmp_path / "hol.pdf"
    render(content, path)
    assert SYNTHETIC not in " ".join(pdf_pages(path))


def test_occupancy_csv_and_xlsx_read_back(seeded_db: Database, tmp_path):
    content = build_report(seeded_db, kind="occupancy", now=NOW)
    path = tmp_path / "occupancy.csv"
    render(content, path)
    rows = csv_rows(path)
    assert rows[0] == ["Occupancy by facility"]
    assert [SYNTHETIC] in rows
    assert ["al-Hol camp", "unknown", "≈ 65,000", "Oct 2020", "0", "", ""] in rows
    totals = next(r for r in rows if r and r[0] == "Total (27 facilities)")
    assert totals[4] == "9369"
    fighters = next(r for r in rows if r and r[0] == "ISIS fighters held in the detention centres")
    assert fighters[1:5] == ["≈ 10,000", "2020", "approximate", "9369"]

    book_path = tmp_path / "occupancy.xlsx"
    render(content, book_path)
    book = load_workbook(book_path)
    assert book.sheetnames[0] == "Facilities" and book.sheetnames[-1] == "Sources"
    sheet = book["Facilities"]
    assert sheet.sheet_view.rightToLeft in (None, False)
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    hol = next(r for r in values if r[0] == "al-Hol camp")
    assert hol[:5] == ["al-Hol camp", "unknown", "≈ 65,000", "Oct 2020", 0]
    centre = next(r for r in values if r[0] == "Synthetic Detention Centre 01")
    assert isinstance(centre[1], int) and isinstance(centre[4], int)


def test_right_to_left_for_arabic_and_sorani(seeded_db: Database, tmp_path):
    for lang, rtl in (("ar", True), ("ckb", True), ("ku", False), ("en", False)):
        content = build_report(seeded_db, kind="occupancy", lang=lang, now=NOW)
        assert content.right_to_left is rtl, lang
    arabic = build_report(seeded_db, kind="occupancy", lang="ar", now=NOW)
    assert "مخيم الهول" in [r[0] for r in table(arabic, "Facilities").rows]
    path = tmp_path / "ar.xlsx"
    render(arabic, path)
    book = load_workbook(path)
    assert all(book[name].sheet_view.rightToLeft for name in book.sheetnames)


def test_builders_words_go_through_the_installed_translator(seeded_db: Database):
    seen: list[tuple[str, str]] = []

    def fake(context: str, text: str) -> str:
        seen.append((context, text))
        return "Belegung" if text == "Occupancy by facility" else text

    before = words._translator
    words.install_translator(fake)
    try:
        content = build_report(seeded_db, kind="occupancy", now=NOW)
        words.install_translator(None)
        english = build_report(seeded_db, kind="occupancy", now=NOW)
    finally:
        words.install_translator(before)
    assert english.title == "Occupancy by facility"
    assert content.title == "Belegung"
    assert ("Report", "Latest headcount") in seen
    assert {context for context, _ in seen} == {"Report"}


# --- amnesty outcomes --------------------------------------------------------------------


def test_amnesty_outcomes_reported_beside_counted(qapp, seeded_backend_db: Database, tmp_path):
    content = build_report(
        seeded_backend_db, kind="amnesty", amnesty_ref="General amnesty, October 2020", now=NOW
    )
    assert content.includes_synthetic and not content.contains_personal_data
    totals = table(content, "Reported totals beside counted decisions")
    assert row_of(totals, "Released")[1:] == [631, "exact", "Oct 2020", 631, 0]
    assert row_of(totals, "Sentence reduced by 1/2")[1:] == [253, "exact", "Oct 2020", 253, 0]
    assert totals.highlight_rows == frozenset()
    by_category = table(content, "Decisions by category")
    assert row_of(by_category, "Syrian ISIS member") == ["Syrian ISIS member", 631, 253, 0, 0, 884]
    by_facility = table(content, "Decisions by facility")
    assert len(by_facility.rows) == 25
    assert list(by_facility.totals) == [None, 631, 253, 0, 0, 884]

    path = tmp_path / "amnesty.pdf"
    render(content, path)
    texts = pdf_pages(path)
    check_chrome(
        texts,
        "Amnesty outcomes: General amnesty, October 2020",
        personal=False,
        synthetic=True,
        database=seeded_backend_db.name,
    )
    text = " ".join(texts)
    assert "Released 631 exact Oct 2020 631 0" in text
    assert "Sentence reduced by 1/2 253 exact Oct 2020 253 0" in text
    assert "Reported and counted, by outcome" in text
    assert "Detainees released under the general amnesty: 631 (exact), as of Oct 2020" in text
    assert "Requested by Tribal leaders of north-eastern and eastern Syria" in text

    csv_path = tmp_path / "amnesty.csv"
    render(content, csv_path)
    rows = csv_rows(csv_path)
    assert ["Released", "631", "exact", "Oct 2020", "631", "0"] in rows
    assert ["Syrian ISIS member", "631", "253", "0", "0", "884"] in rows


def test_a_revoked_decision_shows_as_a_difference(seeded_backend_db: Database):
    with seeded_backend_db.session() as s:
        decision = s.scalars(
            select(AmnestyDecision).where(AmnestyDecision.outcome == "released").limit(1)
        ).one()
        decision.revoked_at = datetime(2021, 1, 1)
        decision.revoked_by = "reviewer"
    content = build_report(seeded_backend_db, kind="amnesty", amnesty_ref="1", now=NOW)
    totals = table(content, "Reported totals beside counted decisions")
    assert row_of(totals, "Released")[4:] == [630, -1]
    assert totals.highlight_rows == frozenset({0})


def test_amnesty_outcomes_for_one_facility(seeded_backend_db: Database):
    content = build_report(
        seeded_backend_db,
        kind="amnesty",
        amnesty_ref=1,
        facility_ref="Synthetic Detention Centre 01",
        now=NOW,
    )
    by_facility = table(content, "Decisions by facility")
    assert [r[0] for r in by_facility.rows] == ["Synthetic Detention Centre 01"]
    totals = table(content, "Reported totals beside counted decisions")
    released = row_of(totals, "Released")
    assert released[1] == 631 and 0 < released[4] < 631 and released[5] is None
    assert "Synthetic Detention Centre 01" in content.filter_text


# --- case sheet ----------------------------------------------------------------------------


def reduced_case(database: Database) -> tuple[int, str]:
    with database.read() as s:
        row = s.execute(
            select(Detainee.id, Detainee.case_no)
            .join(AmnestyDecision, AmnestyDecision.detainee_id == Detainee.id)
            .where(AmnestyDecision.outcome == "reduced", Detainee.name_arabic.is_not(None))
            .order_by(Detainee.id)
            .limit(1)
        ).one()
    return row.id, row.case_no


def arabic_words_shown(text: str, name: str) -> bool:
    """Each word of the Arabic ``name`` appears (shaped glyphs fold back with NFKC; pypdf
    may give a word's letters in visual order)."""
    folded = unicodedata.normalize("NFKC", text)
    return all(w in folded or w[::-1] in folded for w in name.split())


def test_case_sheet_on_one_page_with_decision_transfer_and_signatures(
    qapp, seeded_db: Database, tmp_path
):
    person_id, case_no = reduced_case(seeded_db)
    with seeded_db.session() as s:
        person = s.get(Detainee, person_id)
        s.add(
            Transfer(
                detainee_id=person_id,
                from_facility_id=1,
                to_facility_id=person.facility_id,
                transferred_on=date(2019, 5, 2),
                recorded_by="Clerk",
                reason="Moved for a hearing",
            )
        )
        latin, arabic = person.name_latin, person.name_arabic
    content = build_report(seeded_db, kind="case", case_no=case_no.lower(), now=NOW)
    assert content.contains_personal_data and content.includes_synthetic
    path = tmp_path / "case.pdf"
    assert render(content, path) == 1
    [text] = pdf_pages(path)
    check_chrome([text], f"Case sheet: {case_no}", personal=True, synthetic=True)
    assert latin in text
    assert arabic_words_shown(PdfReader(path).pages[0].extract_text(), arabic.split("-")[0])
    assert "Amnesty decisions" in text and "In force" in text
    decisions = table(content, "Amnesty decisions")
    assert [r[:3] for r in decisions.rows] == [
        ["General amnesty, October 2020", "Sentence reduced by 1/2", "2020-10-01"]
    ]
    assert "2019-05-02 al-Hol camp" in text and "Moved for a hearing" in text
    for label in ("Prepared by (records officer)", "Reviewed by", "Date"):
        assert label in text
    assert "Synthetic demonstration record; not a real person." in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_case_sheet_of_a_real_record_has_no_synthetic_mark(qapp, seeded_db: Database, tmp_path):
    with seeded_db.session() as s:
        s.add(
            Detainee(
                case_no="REAL-1",
                name_latin="Test Person",
                name_arabic="شخص تجريبي",
                sex="F",
                facility_id=1,
                status="held",
                synthetic=False,
            )
        )
    content = build_report(seeded_db, kind="case", case_no="REAL-1", now=NOW)
    assert not content.includes_synthetic and content.contains_personal_data
    path = tmp_path / "real.pdf"
    render(content, path)
    [text] = pdf_pages(path)
    assert CONFIDENTIAL in text and SYNTHETIC not in text
    assert "No records" in text  # no decisions, no transfers
    csv_path = tmp_path / "real.csv"
    render(content, csv_path)
    assert ["Name (Arabic script)", "شخص تجريبي"] in csv_rows(csv_path)


# --- roster ------------------------------------------------------------------------------------


def test_roster_groups_people_by_category(qapp, seeded_backend_db: Database, tmp_path):
    content = build_report(
        seeded_backend_db, kind="roster", facility_ref="Synthetic Detention Centre 01", now=NOW
    )
    with seeded_backend_db.read() as s:
        fid = s.scalar(select(Facility.id).where(Facility.name == "Synthetic Detention Centre 01"))
        held = s.scalar(
            select(func.count()).where(Detainee.facility_id == fid, Detainee.status == "held")
        )
    roster = table(content, "People held")
    assert len(roster.rows) == held > 100
    assert roster.group_key == "category"
    groups = [r[0] for r in roster.rows]
    # grouped: each category's rows are together
    assert len([g for i, g in enumerate(groups) if i == 0 or groups[i - 1] != g]) == len(
        set(groups)
    )
    summary = table(content, "People held by category")
    assert summary.totals[1] == held

    path = tmp_path / "roster.pdf"
    pages = render(content, path)
    texts = pdf_pages(path)
    assert pages == len(texts) > 1
    check_chrome(
        texts,
        "Roster: Synthetic Detention Centre 01",
        personal=True,
        synthetic=True,
        database=seeded_backend_db.name,
    )
    assert "Category: Syrian ISIS member" in texts[0]
    assert "People held (continued)" in texts[1]
    shown = set(re.findall(r"SYN-\d{6}", " ".join(texts)))
    assert shown == {r[1] for r in roster.rows}

    csv_path = tmp_path / "roster.csv"
    render(content, csv_path)
    rows = csv_rows(csv_path)
    header = rows.index(["People held"]) + 1
    assert rows[header][:3] == ["Category", "Case number", "Name"]
    assert len([r for r in rows[header + 1 :] if len(r) > 1 and r[1].startswith("SYN-")]) == held


def test_roster_of_a_camp_without_individual_records(qapp, seeded_db: Database, tmp_path):
    content = build_report(seeded_db, kind="roster", facility_ref="مخيم الهول", now=NOW)
    assert table(content, "People held").rows == []
    assert not content.includes_synthetic and content.contains_personal_data
    path = tmp_path / "hol.pdf"
    render(content, path)
    [text] = pdf_pages(path)
    assert "No records" in text
    assert "The latest reported headcount of al-Hol camp is ≈ 65,000" in text
    assert "The latest reported headcount of The Annex is ≈ 10,000" in text
    assert "Filter: Facility: al-Hol camp and its sections; status: held" in text


def big_facility(database: Database, count: int) -> int:
    """A facility holding ``count`` synthetic people, added through Core inserts."""
    with database.engine.begin() as conn:
        fid = conn.execute(
            Facility.__table__.insert()
            .values(
                name="Big Prison",
                kind="prison",
                capacity=8000,
                status="open",
                synthetic=True,
                version=1,
            )
            .returning(Facility.id)
        ).scalar_one()
        spec = synthetic.load_spec()
        rows = synthetic.case_rows(
            spec,
            count=count,
            first_number=500_000,
            seed=3,
            category_ids=seed.load_categories(conn),
            facility_ids=[fid],
        )
        batch = list(rows)
        seed.insert_detainees(conn, batch)
    return fid


@pytest.mark.slow
def test_ten_thousand_row_roster(qapp, seeded_db: Database, tmp_path):
    """Correctness at size; the speed is measured by ``python -m benchmarks``."""
    fid = big_facility(seeded_db, 10_000)
    content = build_report(seeded_db, kind="roster", facility_ref=fid, now=NOW)
    assert len(table(content, "People held").rows) == 10_000
    path = tmp_path / "big.pdf"
    pages = render(content, path)
    reader = PdfReader(path)
    assert len(reader.pages) == pages > 200
    for number in (1, pages // 2, pages):
        text = flat(reader.pages[number - 1].extract_text())
        assert f"Page {number} of {pages}" in text
        assert CONFIDENTIAL in text and SYNTHETIC in text
    assert "Category:" in flat(reader.pages[pages // 2].extract_text())
    book = tmp_path / "big.xlsx"
    render(content, book)
    sheet = load_workbook(book, read_only=True)["People held"]
    assert (
        sum(1 for r in sheet.iter_rows(values_only=True) if str(r[1]).startswith("SYN-")) == 10_000
    )


# --- the service: references and choices ----------------------------------------------------


def test_references_resolve_or_fail_clearly(seeded_backend_db: Database):
    by_id = build_report(seeded_backend_db, kind="amnesty", amnesty_ref="1", now=NOW)
    by_title = build_report(
        seeded_backend_db, kind="amnesty", amnesty_ref="General amnesty, October 2020", now=NOW
    )
    assert by_id.title == by_title.title
    with pytest.raises(NotFoundError, match="amnesty 'Nope'"):
        build_report(seeded_backend_db, kind="amnesty", amnesty_ref="Nope")
    with pytest.raises(RuleError, match="needs an amnesty"):
        build_report(seeded_backend_db, kind="amnesty")
    with pytest.raises(RuleError, match="needs a case number"):
        build_report(seeded_backend_db, kind="case", case_no=" ")
    with pytest.raises(NotFoundError, match="case 'SYN-999999'"):
        build_report(seeded_backend_db, kind="case", case_no="SYN-999999")
    with pytest.raises(RuleError, match="roster needs a facility"):
        build_report(seeded_backend_db, kind="roster")
    with pytest.raises(NotFoundError, match="facility 'Nowhere'"):
        build_report(seeded_backend_db, kind="roster", facility_ref="Nowhere")
    with pytest.raises(RuleError, match="unknown report"):
        build_report(seeded_backend_db, kind="weekly")
    with pytest.raises(RuleError, match="unknown language"):
        build_report(seeded_backend_db, kind="occupancy", lang="fr")
    # two facilities with one name: the id is asked for
    with seeded_backend_db.session() as s:
        s.add(Facility(name="The Annex", kind="section", parent_id=3, status="open"))
    with pytest.raises(RuleError, match="2 facilities are named 'The Annex'"):
        build_report(seeded_backend_db, kind="roster", facility_ref="The Annex")
    assert (
        build_report(seeded_backend_db, kind="roster", facility_ref="2").title
        == "Roster: The Annex"
    )


def test_choices_and_case_number_completion(seeded_db: Database):
    choices = report_choices(seeded_db)
    assert [c.label for c in choices.amnesties] == ["General amnesty, October 2020"]
    labels = [c.label for c in choices.facilities]
    assert labels[:2] == ["al-Hol camp", "The Annex (al-Hol camp)"]
    assert len(labels) == 27
    assert case_numbers(seeded_db, prefix="syn-00001") == [f"SYN-0000{n}" for n in range(10, 20)]
    assert case_numbers(seeded_db, prefix="") == []
    assert len(case_numbers(seeded_db, prefix="SYN-", limit=5)) == 5


def test_a_capacity_entered_later_gives_occupancy(seeded_db: Database):
    """Occupancy follows the record: al-Hol with a capacity is 130 % full."""
    with seeded_db.session() as s:
        s.execute(update(Facility).where(Facility.id == 1).values(capacity=50_000))
    content = build_report(seeded_db, kind="occupancy", now=NOW)
    hol = row_of(table(content, "Facilities"), "al-Hol camp")
    assert hol[1] == 50_000 and hol[5] == 130.0 and hol[6] == "Yes"


def test_sorani_reports_name_categories_and_facilities_as_the_sorani_window_does(
    seeded_db: Database,
):
    """Sorani has no names of its own: its reports name a category or facility in Arabic
    script, as the Arabic ones and the Sorani window do (desktop.domain.names), not in
    English; Kurmanji ones name categories in Kurmanji."""
    occupancy = build_report(seeded_db, kind="occupancy", lang="ckb", now=NOW)
    assert "مخيم الهول" in [r[0] for r in table(occupancy, "Facilities").rows]
    assert "al-Hol camp" not in [r[0] for r in table(occupancy, "Facilities").rows]
    for lang, syrian in (("ckb", "عضو سوري في داعش"), ("ar", "عضو سوري في داعش")):
        outcomes = build_report(
            seeded_db,
            kind="amnesty",
            amnesty_ref="General amnesty, October 2020",
            lang=lang,
            now=NOW,
        )
        by_category = [r[0] for r in table(outcomes, "Decisions by category").rows]
        assert syrian in by_category, lang
    kurmanji = build_report(
        seeded_db, kind="amnesty", amnesty_ref="General amnesty, October 2020", lang="ku", now=NOW
    )
    assert "Endamê Sûrî yê DAIŞê" in [r[0] for r in table(kurmanji, "Decisions by category").rows]
