"""Small lookups the builders share: facilities as a tree, category names in the report's
language, and how a source is cited."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.names import localized, sort_key
from desktop.reports.builders.words import translate
from desktop.store.models import Category, Facility, Source


@dataclass(frozen=True)
class FacilityNode:
    id: int
    parent_id: int | None
    name: str
    name_ar: str | None
    kind: str
    synthetic: bool


class Facilities:
    """Every facility, with parent and children, named in the report's language."""

    def __init__(self, session: Session, lang: str) -> None:
        self.lang = lang
        rows = session.execute(
            select(
                Facility.id,
                Facility.parent_id,
                Facility.name,
                Facility.name_ar,
                Facility.kind,
                Facility.synthetic,
            )
        )
        self.nodes = {r.id: FacilityNode(*r) for r in rows}
        self.children: dict[int | None, list[int]] = {}
        for node in self.nodes.values():
            self.children.setdefault(node.parent_id, []).append(node.id)
        for ids in self.children.values():
            ids.sort(key=lambda i: (sort_key(self.name(i)), i))  # in the order of the names shown

    def name(self, facility_id: int | None) -> str:
        if facility_id is None or facility_id not in self.nodes:
            return translate("Report", "(no facility)")
        node = self.nodes[facility_id]
        return localized(node.name, node.name_ar, None, self.lang)

    def label(self, facility_id: int | None) -> str:
        """The name, with its camp for a section: "The Annex (al-Hol camp)"."""
        if facility_id is None or facility_id not in self.nodes:
            return self.name(facility_id)
        node = self.nodes[facility_id]
        if node.parent_id is None:
            return self.name(facility_id)
        return f"{self.name(facility_id)} ({self.name(node.parent_id)})"

    def with_descendants(self, facility_id: int) -> list[int]:
        """The facility and its sections (and theirs), the facility first."""
        found = [facility_id]
        for child in self.children.get(facility_id, []):
            found.extend(self.with_descendants(child))
        return found

    def tree_order(self, ids: Iterable[int] | None = None) -> list[int]:
        """Ids in tree order: each camp followed by its sections, by name."""
        wanted = set(self.nodes if ids is None else ids)
        ordered: list[int] = []

        def visit(parent: int | None) -> None:
            for child in self.children.get(parent, []):
                if child in wanted:
                    ordered.append(child)
                visit(child)

        visit(None)
        return ordered

    def ancestors(self, facility_id: int) -> list[int]:
        found = []
        parent = self.nodes[facility_id].parent_id if facility_id in self.nodes else None
        while parent is not None and parent not in found:
            found.append(parent)
            parent = self.nodes[parent].parent_id
        return found


@dataclass(frozen=True)
class CategoryNode:
    id: int
    parent_id: int | None
    code: str
    name: str


class Categories:
    """Detainee categories in tree order (European within foreign), named in ``lang``."""

    def __init__(self, session: Session, lang: str) -> None:
        rows = session.execute(
            select(
                Category.id,
                Category.parent_id,
                Category.code,
                Category.name,
                Category.name_ar,
                Category.name_ku,
            ).order_by(Category.id)
        )
        self.nodes: dict[int, CategoryNode] = {}
        for r in rows:
            self.nodes[r.id] = CategoryNode(
                r.id, r.parent_id, r.code, localized(r.name, r.name_ar, r.name_ku, lang)
            )
        self.children: dict[int | None, list[int]] = {}
        for node in self.nodes.values():
            self.children.setdefault(node.parent_id, []).append(node.id)

    def name(self, category_id: int | None) -> str:
        if category_id is None or category_id not in self.nodes:
            return translate("Report", "(no category)")
        return self.nodes[category_id].name

    def order(self) -> list[int]:
        ordered: list[int] = []

        def visit(parent: int | None) -> None:
            for child in self.children.get(parent, []):
                ordered.append(child)
                visit(child)

        visit(None)
        return ordered

    def rank(self, category_id: int | None) -> int:
        order = self.order()
        return order.index(category_id) if category_id in order else len(order)

    def with_descendants(self, category_id: int) -> list[int]:
        found = [category_id]
        for child in self.children.get(category_id, []):
            found.extend(self.with_descendants(child))
        return found


class Sources:
    """Sources cited in a report's notes: each figure's note says "source [1]" and the
    report ends with the numbered list of sources (title, publisher, date)."""

    def __init__(self, session: Session) -> None:
        self._by_id: dict[int, str] = {}
        self._id_of_title: dict[str, int] = {}
        for source in session.scalars(select(Source).order_by(Source.id)):
            details = [d for d in (source.publisher, source.published) if d]
            text = f"“{source.title}”" + (f" ({', '.join(details)})" if details else "")
            if source.note:
                text += f". {source.note}"
            self._by_id[source.id] = text
            self._id_of_title[source.title] = source.id
        self._cited: list[int] = []

    def ref(self, source_id: int | None = None, *, title: str | None = None) -> str:
        """ "[n]" for the source (by id or title), numbered in the order first cited."""
        if source_id is None and title is not None:
            source_id = self._id_of_title.get(title)
        if source_id is None or source_id not in self._by_id:
            return translate("Report", "source not recorded")
        if source_id not in self._cited:
            self._cited.append(source_id)
        return f"[{self._cited.index(source_id) + 1}]"

    def references(self) -> list[str]:
        """One note per cited source: "[1] “Title” (publisher, 2020-10)."."""
        return [
            f"[{n}] {self._by_id[source_id]}".rstrip(".") + "."
            for n, source_id in enumerate(self._cited, start=1)
        ]
