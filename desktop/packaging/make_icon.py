"""Draw the application icon and write it as PNG (window, Linux), ICO (Windows) and ICNS
(macOS) into ``resources/icons/``; the ICO and ICNS containers are written here, with PNG
images inside, since Qt writes only one image per file. Run once when the icon changes; the files are committed.

    QT_QPA_PLATFORM=offscreen python -m desktop.packaging.make_icon
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
NAME = "case-tracker"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024))


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


def png_bytes(size: int) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not draw(size).save(buffer, "PNG"):  # type: ignore[call-overload]  # str at run time
        raise RuntimeError("Qt cannot write PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico with one PNG-compressed image per size (Windows Vista and later)."""
    images = [png_bytes(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, image in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return header + entries + b"".join(images)


def icns_bytes() -> bytes:
    """A macOS .icns with PNG images (ic07 128, ic08 256, ic09 512, ic10 1024 pixels)."""
    body = b""
    for kind, size in ICNS_TYPES:
        image = png_bytes(size)
        body += kind + struct.pack(">I", 8 + len(image)) + image
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / f"{NAME}.png").write_bytes(png_bytes(256))
    (ICONS / f"{NAME}.ico").write_bytes(ico_bytes())
    (ICONS / f"{NAME}.icns").write_bytes(icns_bytes())
    for path in sorted(ICONS.iterdir()):
        print(f"{path.name}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
