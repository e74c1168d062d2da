"""Small widgets shared by pages: a search box with Ctrl+F, an in-cell occupancy bar."""
