"""Standard Safeguarding Dataset extract tables (CSV or Parquet) into the returns layer."""

from cschub.sources.ssd.reader import read_csv, read_parquet, recognise_csv, recognise_parquet

__all__ = ["read_csv", "read_parquet", "recognise_csv", "recognise_parquet"]
