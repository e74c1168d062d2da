"""Report content built from queries, and renderers to PDF, CSV and XLSX."""
