"""Report builders: each reads through the store layer and returns a ``ReportContent``
(no Qt here; see ``words``)."""
