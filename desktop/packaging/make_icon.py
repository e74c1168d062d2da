"""Draw the application icon and write it as PNG (window, Linux), ICO (Windows) and ICNS
(macOS) into ``resources/icons/``. Run once when the icon changes; the files are committed.

    QT_QPA_PLATFORM=offscreen python -m desktop.packaging.make_icon
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
NAME = "case-tracker"


def _pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw(size: int) -> QImage:
    """A dark-blue folder card with three ruled lines and a check mark."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    s = size / 256
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f4e79"))
    painter.drawRoundedRect(QRectF(16 * s, 16 * s, 224 * s, 224 * s), 36 * s, 36 * s)
    painter.setBrush(QColor("#f4f1ea"))
    painter.drawRoundedRect(QRectF(56 * s, 44 * s, 144 * s, 172 * s), 12 * s, 12 * s)
    painter.setPen(_pen("#8aa4bf", 10 * s))
    for y in (84, 112, 140):
        painter.drawLine(int(80 * s), int(y * s), int(176 * s), int(y * s))
    painter.setPen(_pen("#2e8b57", 18 * s))
    painter.drawPolyline(
        [QPointF(98 * s, 180 * s), QPointF(122 * s, 200 * s), QPointF(170 * s, 158 * s)]
    )
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    written = [
        draw(256).save(str(ICONS / f"{NAME}.png"), "PNG"),
        draw(256).save(str(ICONS / f"{NAME}.ico"), "ICO"),
        draw(512).save(str(ICONS / f"{NAME}.icns"), "ICNS"),
    ]
    if not all(written):
        print("an icon format could not be written (Qt's imageformats plugins)", file=sys.stderr)
        return 1
    for path in sorted(ICONS.iterdir()):
        print(f"{path.name}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
