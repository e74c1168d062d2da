"""Speed figures of Case Tracker, each beside a naive baseline measured in the same run.

    python -m benchmarks [--cases N] [--quick] [--repeat R] [--only NAME ...] [--out DIR]

Times are medians of R runs with their spread; figures are printed as a table and written as
JSON and Markdown. Tests run this once at a tiny size to prove it works; they never assert
times.
"""
