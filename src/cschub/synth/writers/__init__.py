"""Writers: one module per return or extract."""
