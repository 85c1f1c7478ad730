"""Draw the application icon and write it as PNG sizes and a Windows .ico.

    python resources/icons/make_icons.py

The motif is a timeline (the heart of a review) on a calm blue tile: three
moments on a line, the middle one marked as a key moment. Drawn with QPainter
at each size (instead of scaling one bitmap) so the small sizes stay crisp.
The .ico holds PNG-compressed images, which Windows supports since Vista;
writing it here avoids a dependency on Pillow.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
TILE = QColor("#1f3a5f")
LINE = QColor("#dfe8f2")
MOMENT = QColor("#ffffff")
KEY_MOMENT = QColor("#e0a458")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    margin = s * 0.04
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(TILE)
    p.drawRoundedRect(QRectF(margin, margin, s - 2 * margin, s - 2 * margin), s * 0.2, s * 0.2)

    y = s * 0.56
    left, right = s * 0.2, s * 0.8
    p.setPen(QPen(LINE, max(1.0, s * 0.06), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(left, y), QPointF(right, y))
    p.setPen(Qt.PenStyle.NoPen)
    small, big = max(1.5, s * 0.075), max(2.5, s * 0.13)
    p.setBrush(MOMENT)
    p.drawEllipse(QPointF(left + s * 0.02, y), small, small)
    p.drawEllipse(QPointF(right - s * 0.02, y), small, small)
    p.setBrush(KEY_MOMENT)
    p.drawEllipse(QPointF(s * 0.5, y), big, big)
    if size >= 32:  # a small marker above the key moment: "here we look closer"
        p.setBrush(LINE)
        tip = QPointF(s * 0.5, y - big - s * 0.05)
        w, h = s * 0.09, s * 0.1
        p.drawPolygon([tip, QPointF(tip.x() - w, tip.y() - h), QPointF(tip.x() + w, tip.y() - h)])
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICONDIR, one ICONDIRENTRY per size, then the PNG payloads."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter on text needs it
    pngs = {size: png_bytes(draw(size)) for size in SIZES}
    for size, png in pngs.items():
        (HERE / f"casereview-{size}.png").write_bytes(png)
    (HERE / "casereview.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    print(f"wrote {len(SIZES)} PNG sizes and casereview.ico to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
