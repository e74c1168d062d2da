"""Build recipe of the packaged application (PyInstaller spec, entry script, installer).

Not imported by the application: ``python -m desktop.bootstrap package`` runs the spec.
"""
