"""``python -m desktop.tools.screenshots`` draws every page it is asked for, at the size and
in the language asked for, into PNG files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from desktop.tools.screenshots import file_name, main, take


def test_screenshots_of_pages_in_a_language_and_size(qapp, seeded_path: Path, tmp_path: Path):
    out = tmp_path / "shots"
    written = take(
        out,
        languages=("ar",),
        sizes=((1024, 700),),
        views=("cases", "amnesty-rules"),
        db=seeded_path,
    )
    assert [p.name for p in written] == [
        file_name("cases", "ar", (1024, 700)),
        file_name("amnesty-rules", "ar", (1024, 700)),
    ]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1024, 700)
        # a drawn window, not a blank one: many distinct colours
        colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
        assert len(colours) > 20


def test_a_size_that_is_not_one_is_refused(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["--size", "large"])
    assert "is not a size such as 1280x800" in capsys.readouterr().err
