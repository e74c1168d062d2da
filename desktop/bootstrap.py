"""Set up and run Case Tracker from a checkout, with whatever ``python3`` the machine has.

    python3 -m desktop.bootstrap app [ARGS...]    set up, then open the window (or run ARGS)
    python3 -m desktop.bootstrap test [ARGS...]   set up, then run the whole test suite
    python3 -m desktop.bootstrap package [ARGS...]
                                 set up, then build the packaged application, dist/CaseTracker/

It finds a Python 3.12 or newer (this one, ``python3.12``/``python3.13`` on PATH, pyenv's
versions, or Windows' ``py`` launcher), makes a virtual environment in ``.venv``, installs
the project into it (again only when ``pyproject.toml`` changes), and runs. For ``test`` it
also installs, where it can (root with apt-get), the programs the tests use: PostgreSQL
and poppler-utils. For ``package`` it installs the ``package`` extra (PyInstaller and the
database drivers) and runs PyInstaller on ``desktop/packaging/case_tracker.spec`` (ARGS go to
PyInstaller); docs/install.md says what the folder holds and how it is installed.

This file runs on old Pythons too, so it keeps to syntax that Python 3.6 understands.
"""

import hashlib
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, ".venv")
WANTED = ((3, 12), (3, 13), (3, 14))
APT_PACKAGES = {"pdftoppm": "poppler-utils", "pg_ctl": "postgresql"}


def say(message):
    sys.stderr.write("[setup] %s\n" % message)
    sys.stderr.flush()


def version_of(command, env=None):
    try:
        out = subprocess.check_output(
            command + ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            stderr=subprocess.DEVNULL,
            env=env,
            universal_newlines=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    major, minor = out.strip().split(".")
    return (int(major), int(minor))


def candidates():
    yield [sys.executable]
    for minor in (12, 13, 14):
        exe = shutil.which("python3.%d" % minor)
        if exe:
            yield [exe]
    pyenv = shutil.which("pyenv")
    if pyenv:
        try:
            root = subprocess.check_output([pyenv, "root"], universal_newlines=True).strip()
            names = subprocess.check_output(
                [pyenv, "versions", "--bare"], universal_newlines=True
            ).split()
        except (OSError, subprocess.CalledProcessError):
            names = []
        for name in sorted(names):
            for exe in ("python3", "python"):
                path = os.path.join(root, "versions", name, "bin", exe)
                if os.path.exists(path):
                    yield [path]
                    break
    launcher = shutil.which("py")
    if launcher:
        for minor in (12, 13, 14):
            yield [launcher, "-3.%d" % minor]


def find_python():
    found = {}
    for command in candidates():
        version = version_of(command)
        if version in WANTED and version not in found:
            found[version] = command
    for version in WANTED:  # prefer the oldest supported: the one the project is tested on
        if version in found:
            return found[version]
    sys.exit(
        "Case Tracker needs Python 3.12 or newer and none was found. Install it (for example "
        "with pyenv, the python.org installer, or your system's packages) and run this again."
    )


def venv_python():
    if os.name == "nt":
        return os.path.join(VENV, "Scripts", "python.exe")
    return os.path.join(VENV, "bin", "python")


def stamp_of(extra):
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    return "%s %s" % (digest, extra)


def ensure_venv(extra):
    python = venv_python()
    stamp_file = os.path.join(VENV, ".case-tracker-installed")
    wanted = stamp_of(extra)
    if os.path.exists(python) and version_of([python]) in WANTED:
        have = open(stamp_file).read() if os.path.exists(stamp_file) else ""
        if have == wanted or (not extra and have in (stamp_of("test"), stamp_of("package"))):
            return python
    else:
        base = find_python()
        say("creating .venv with %s" % " ".join(base))
        if os.path.exists(VENV):
            shutil.rmtree(VENV)
        subprocess.check_call(base + ["-m", "venv", VENV])
    tools = {"test": " with its test tools", "package": " with its packaging tools"}
    say("installing Case Tracker%s into .venv" % tools.get(extra, ""))
    subprocess.check_call([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    target = "." + ("[%s]" % extra if extra else "")
    subprocess.check_call([python, "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT)
    with open(stamp_file, "w") as handle:
        handle.write(wanted)
    return python


def ensure_test_programs():
    """PostgreSQL and poppler for the tests that use them, where this machine lets us."""
    missing = [pkg for prog, pkg in sorted(APT_PACKAGES.items()) if not have_program(prog)]
    if not missing:
        return
    apt = shutil.which("apt-get")
    if apt and hasattr(os, "geteuid") and os.geteuid() == 0:
        say("installing %s with apt-get" % ", ".join(missing))
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.check_call([apt, "update", "-qq"], env=env)
        subprocess.check_call([apt, "install", "-y", "-qq"] + missing, env=env)
    else:
        say(
            "not installed: %s. Tests that need them are skipped (install them with your "
            "package manager to run the whole suite)." % ", ".join(missing)
        )


def have_program(name):
    if shutil.which(name):
        return True
    if name == "pg_ctl":
        base = "/usr/lib/postgresql"
        return os.path.isdir(base) and any(
            os.path.exists(os.path.join(base, v, "bin", "pg_ctl")) for v in os.listdir(base)
        )
    return False


def package_command(python, rest):
    """PyInstaller on the spec: dist/CaseTracker/ (and dist/CaseTracker.app on macOS)."""
    spec = os.path.join(ROOT, "desktop", "packaging", "case_tracker.spec")
    return [
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        os.path.join(ROOT, "dist"),
        "--workpath",
        os.path.join(ROOT, "build", "pyinstaller"),
        spec,
    ] + rest


def main(argv):
    if not argv or argv[0] not in ("app", "test", "package"):
        sys.exit(__doc__)
    what, rest = argv[0], argv[1:]
    if what == "app":
        python = ensure_venv("")
        command = [python, "-m", "desktop"] + rest
    elif what == "package":
        python = ensure_venv("package")
        command = package_command(python, rest)
    else:
        python = ensure_venv("test")
        ensure_test_programs()
        # The whole suite on one worker per core (pytest-xdist); ``-n 0`` in ARGS runs it in
        # one process, ``-m "not slow"`` leaves out the tests that build large databases.
        # ``worksteal``: a worker that runs out of tests takes some of the other's, so that
        # the slow tests (run first, tests/conftest.py) do not leave one core idle at the end.
        command = [python, "-m", "pytest", "-n", "auto", "--dist", "worksteal"] + rest
    env = dict(os.environ)
    env.pop("PYENV_VERSION", None)
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
