"""The children's social work workforce (CSWW) census XML, read in one streaming pass."""
