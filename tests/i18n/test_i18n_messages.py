"""The messages of rules and errors in the catalogs and in the window's words: every
translation keeps its template's placeholders, a broken one falls back to English, and the
parameters (nested messages, domain words, numbers, dates) are shown in the language too."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.app import application
from desktop.domain import messages
from desktop.domain.errors import FieldProblem, NotFoundError, RuleError, ValidationError
from desktop.domain.messages import CASE_STATUS, Msg, Term, capitalised, joined, placeholders
from desktop.domain.roles import DecisionState, Permission
from desktop.tools import i18n as tools
from desktop.ui import problem_text
from desktop.ui.problem_text import error_text, message_text, quoted
from tests.i18n.window_helpers import install_arabic_messages

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", tools.LANGUAGES)
def test_every_translation_has_exactly_its_templates_placeholders(lang: str) -> None:
    catalog = tools.read_catalog(tools.catalog_path(lang))
    wrong = [
        f"{key[1]!r} -> {m.translation!r}"
        for key, m in catalog.items()
        if key[0] == messages.CONTEXT
        and m.finished
        and placeholders(m.translation) != placeholders(key[1])
    ]
    assert wrong == []


def test_the_window_and_the_scanner_look_templates_up_under_one_context() -> None:
    assert problem_text.MESSAGES == messages.CONTEXT
    keys = {k for k in tools.extract() if k[0] == messages.CONTEXT}
    assert ("Messages", "must be at most {limit} characters", "") in keys
    assert ("Messages", "{record}: {message}", "") in keys


def test_every_domain_word_has_a_label() -> None:
    assert {p.value for p in Permission} == set(problem_text.PERMISSIONS)
    assert {s.value for s in DecisionState} == set(problem_text.DECISION_STATES)
    assert set(problem_text.TERM_LABELS) == {
        messages.RECORD,
        messages.CASE_STATUS,
        messages.OUTCOME,
        messages.ROLE,
        messages.PERMISSION,
        messages.DECISION_STATE,
        messages.FIELD,
    }
    # every kind of record a NotFoundError or get_or_fail names
    kinds: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id == "NotFoundError" and node.args:
                    found = node.args[0]
                elif node.func.id == "get_or_fail" and len(node.args) > 3:
                    found = node.args[3]
                else:
                    continue
                if isinstance(found, ast.Constant) and isinstance(found.value, str):
                    kinds.add(found.value)
    assert kinds and kinds <= set(problem_text.RECORDS)


def test_every_field_a_rule_names_has_a_caption() -> None:
    fields: set[str] = set()
    for folder in ("domain", "services"):
        for path in (ROOT / "desktop" / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in ("FieldProblem", "problem")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    fields.add(node.args[0].value)
    assert len(fields) > 30
    assert sorted(fields - set(problem_text.FIELDS)) == []


def test_english_stays_the_command_lines_text() -> None:
    """A Msg is its English text: what the command line prints and the tests compare."""
    error = ValidationError(
        [
            FieldProblem("capacity", Msg("Capacity: at most {limit:,}", limit=1_000_000), 5),
            FieldProblem("name", Msg("is required"), row=3),
        ],
        record=Msg("facility {name!r}", name="Annex"),
    )
    assert str(error) == (
        "facility 'Annex', field 'capacity' (value 5): Capacity: at most 1,000,000; "
        "facility 'Annex', row 3, field 'name': is required"
    )
    assert str(NotFoundError("case", "X-1")) == "no case 'X-1'"
    assert str(RuleError(Msg("in use"), record="Camp")) == "Camp: in use"
    assert capitalised(Msg("a number is required")) == "A number is required"


@pytest.fixture
def arabic(qapp) -> Iterator[None]:
    application("ar")
    yield
    application("en")


def test_messages_in_arabic_with_their_parameters(arabic) -> None:
    limit = Msg("must be at most {limit} characters", limit=1200)
    assert message_text(limit) == "يجب ألا يتجاوز ١٢٠٠ حرفًا"
    grouped = Msg(
        "{count:,} people are still held there. Transfer or release them first.", count=65000
    )
    assert message_text(grouped) == "لا يزال ٦٥٬٠٠٠ شخصًا محتجزين هناك. انقلهم أو أفرج عنهم أولًا."
    status = Msg("is not held (status {status})", status=Term(CASE_STATUS, "released"))
    assert message_text(status) == "غير محتجز (الحالة مُفرج عنه)"
    dated = Msg("must not be before the amnesty (earliest {date})", date=date(2020, 10, 1))
    assert "٢٠٢٠-١٠-٠١" in message_text(dated)
    both = joined("; ", [Msg("is required"), Msg("must be yes or no")])
    assert message_text(both) == "مطلوب؛ يجب أن يكون نعم أو لا"
    assert message_text(capitalised(Msg("a number is required"))) == "العدد مطلوب"
    assert message_text("plain text") == "plain text"
    error = ValidationError(
        [FieldProblem("title", Msg("a title is required"))],
        record=Msg("amnesty {name!r}", name="Spring"),
    )
    # a quoted name in the language's quotation marks, isolated in its own direction
    spring = quoted("Spring")
    assert spring[1:-1] == "\u2068Spring\u2069" and spring[0] + spring[-1] != "''"
    assert error_text(error) == f"العفو {spring}، الحقل «العنوان»: العنوان مطلوب"
    assert error_text(NotFoundError("facility", 7)) == "لا يوجد المرفق 7"  # an id as written
    assert error_text(RuleError(Msg("no such file"), record="x.csv")) == ("x.csv: لا يوجد ملف كهذا")


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english(
    arabic, tmp_path: Path
) -> None:
    message = Msg("must be at most {limit} characters", limit=80)
    translator = install_arabic_messages(
        tmp_path, {"must be at most {limit} characters": "يجب ألا يتجاوز {limt} حرفًا"}
    )
    try:
        assert message_text(message) == "must be at most 80 characters"
        assert error_text(ValueError(message)) == "must be at most 80 characters"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert message_text(message) == "يجب ألا يتجاوز ٨٠ حرفًا"
