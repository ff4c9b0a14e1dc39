"""The CIN census XML: one streaming pass into the returns layer."""
