"""``python -m desktop`` and the ``case-tracker`` console script."""

import sys

MINIMUM = (3, 12)


def main() -> int:
    if sys.version_info < MINIMUM:
        sys.stderr.write(
            "case-tracker needs Python %d.%d or newer (this is %d.%d): PySide6 aborts on older "
            "versions. Run `python3 -m desktop.bootstrap app`, which finds a suitable Python.\n"
            % (MINIMUM + sys.version_info[:2])
        )
        return 1
    from desktop.cli import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
