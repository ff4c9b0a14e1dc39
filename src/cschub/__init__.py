"""cschub: one home for a local authority's children's social care data."""

__version__ = "0.1.0"
