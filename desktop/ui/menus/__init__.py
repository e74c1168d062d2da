"""Menu extensions: each module here has ``install(window)`` that adds its actions to the
main window's menus (``window.menu(name)`` gives File, Edit, View, Tools or Help)."""
