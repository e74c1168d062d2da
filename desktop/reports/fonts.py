"""The bundled report fonts: Noto Sans for Latin text, Noto Sans Arabic for Arabic.

Fonts are registered with the running Q(Gui)Application; create the application first.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from desktop.resources import resources_dir

LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"
FAMILIES = (LATIN_FAMILY, ARABIC_FAMILY)

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)

# file name -> application font id, so that registering twice adds nothing
_font_ids: dict[str, int] = {}


def register_fonts() -> list[str]:
    """Load the bundled fonts into the application font database (idempotent).

    Returns the font families now available from the bundled files, e.g.
    ``["Noto Sans", "Noto Sans Arabic"]``. Files that are missing or unreadable are
    skipped (text then falls back to system fonts).
    """
    folder = resources_dir() / "fonts"
    families: list[str] = []
    for name in FONT_FILES:
        font_id = _font_ids.get(name, -1)
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not loaded:
            path = folder / name
            font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
            if font_id < 0:
                _font_ids.pop(name, None)
                continue
            _font_ids[name] = font_id
            loaded = QFontDatabase.applicationFontFamilies(font_id)
        for family in loaded:
            if family not in families:
                families.append(family)
    return families


def report_font(
    point_size: float, *, bold: bool = False, italic: bool = False, arabic_first: bool = False
) -> QFont:
    """A font that draws Latin with Noto Sans and Arabic with Noto Sans Arabic.

    With ``arabic_first`` the spaces, digits and punctuation that both fonts have come from
    Noto Sans Arabic, whose copies of them have the same shapes and advances: a
    right-to-left text is then drawn from one font instead of alternating between two at
    every space and digit (fewer text runs on a PDF page, same glyph positions).
    """
    font = QFont()
    font.setFamilies(list(reversed(FAMILIES)) if arabic_first else list(FAMILIES))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(True)
    # No Latin ligatures ("ffi" as one glyph): PDF text then extracts and searches as
    # typed ("Officer", not "O\ufb03cer"). Arabic lam-alef is a required ligature
    # ("rlig") and stays.
    font.setFeature(QFont.Tag("liga"), 0)
    return font
