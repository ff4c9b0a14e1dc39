"""Ofsted Annex A workbooks (lists 1-11) into the returns layer."""

from cschub.sources.annex_a.reader import read_workbook, recognise

__all__ = ["read_workbook", "recognise"]
