"""The rules of detainee categories: names, codes and nesting (European within foreign).

A category cannot be put under itself or under one of its own descendants, and its name is
unique among its siblings. Whether one may be deleted depends on what uses it, which the
service counts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop.domain.case_rules import HIDDEN_CHARACTERS, hides_text
from desktop.domain.errors import FieldProblem
from desktop.domain.messages import Msg

NAME_MAX = 200
CODE_MAX = 40


@dataclass(frozen=True)
class CategoryNode:
    """A category as far as the rules need to know it."""

    id: int
    parent_id: int | None
    name: str
    code: str = ""


def descendants(category_id: int, parent_of: Mapping[int, int | None]) -> set[int]:
    """Every category below ``category_id`` (children, their children, ...)."""
    children: dict[int | None, list[int]] = {}
    for cid, parent in parent_of.items():
        children.setdefault(parent, []).append(cid)
    found: set[int] = set()
    stack = list(children.get(category_id, []))
    while stack:
        current = stack.pop()
        if current not in found and current != category_id:
            found.add(current)
            stack.extend(children.get(current, []))
    return found


def with_descendants(ids: Iterable[int], parent_of: Mapping[int, int | None]) -> set[int]:
    """``ids`` and everything below them: what a filter on a category selects."""
    result: set[int] = set()
    for cid in ids:
        result.add(cid)
        result |= descendants(cid, parent_of)
    return result


def slug(name: str) -> str:
    """A code made from a name: lower-case ASCII letters, digits and hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return text[:CODE_MAX] or "category"


def category_problems(
    *,
    name: str,
    parent_id: int | None,
    category_id: int | None,
    others: Iterable[CategoryNode],
    code: str | None = None,
) -> list[FieldProblem]:
    """Every rule a category named ``name`` under ``parent_id`` would break."""
    known = list(others)
    problems: list[FieldProblem] = []
    stripped = " ".join(name.split())
    if not stripped:
        problems.append(FieldProblem("name", Msg("A name is required"), name))
    elif hides_text(stripped):  # as a person's or a facility's name
        problems.append(FieldProblem("name", HIDDEN_CHARACTERS, stripped))
    elif len(stripped) > NAME_MAX:
        problems.append(
            FieldProblem("name", Msg("At most {name_max} characters", name_max=NAME_MAX))
        )
    else:
        folded = stripped.casefold()
        for other in known:
            if (
                other.id != category_id
                and other.parent_id == parent_id
                and other.name.strip().casefold() == folded
            ):
                problems.append(
                    FieldProblem(
                        "name", Msg("Another category here already has this name"), stripped
                    )
                )
                break
    if code is not None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", code) or len(code) > CODE_MAX:
            problems.append(
                FieldProblem("code", Msg("Lower-case letters, digits, - and _ only"), code)
            )
        elif any(o.code == code and o.id != category_id for o in known):
            problems.append(FieldProblem("code", Msg("Another category has this code"), code))
    if parent_id is not None:
        parent_of = {o.id: o.parent_id for o in known}
        if parent_id not in parent_of:
            problems.append(FieldProblem("parent_id", Msg("No such category"), parent_id))
        elif category_id is not None and (
            parent_id == category_id or parent_id in descendants(category_id, parent_of)
        ):
            problems.append(
                FieldProblem(
                    "parent_id",
                    Msg("A category cannot be moved under itself or one of its own subcategories"),
                    parent_id,
                )
            )
    return problems


def path_names(category_id: int, nodes: Mapping[int, CategoryNode]) -> list[str]:
    """The names from the top category down to ``category_id`` (loops are cut)."""
    names: list[str] = []
    seen: set[int] = set()
    current: int | None = category_id
    while current is not None and current in nodes and current not in seen:
        seen.add(current)
        names.append(nodes[current].name)
        current = nodes[current].parent_id
    return list(reversed(names))
