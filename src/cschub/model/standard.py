"""Create the standard dataset tables (placeholder while the spec is written)."""


def create_standard_dataset(conn) -> None:
    """Create the standard dataset tables."""
