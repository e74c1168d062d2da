"""Developer tools run from a checkout (``python -m desktop.tools.<name>``); the application
never imports them at run time."""
