"""Data some rules need beyond the return: the ONS postcode directory and the Ofsted provider
lists. Given as CSV files, they become the temporary tables ``postcodes`` and ``providers``
that those rules read (see docs/rules.md)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from cschub.errors import InputRefused
from cschub.sources.csvfile import open_csv
from cschub.store import Store

COLUMNS = {
    "postcodes": ("pcd", "laua", "oseast1m", "osnrth1m"),
    "providers": ("urn", "la_code", "place_codes", "provider_codes", "reg_end", "postcode"),
}


def load_inputs(store: Store, conn: Connection, files: dict[str, Path]) -> frozenset[str]:
    """Create a temporary table for each input file given; returns the inputs now available."""
    for name, path in files.items():
        wanted = COLUMNS[name]
        csv_file = open_csv(path)
        header = {h.lower() for h in csv_file.header}
        missing = [c for c in wanted if c not in header]
        if missing:
            raise InputRefused(str(path), f"this is not a {name} file cschub can use", line=1,
                               field=", ".join(missing), found=", ".join(csv_file.header),
                               expected=", ".join(wanted))
        cols = ", ".join(f'"{c}" VARCHAR' for c in wanted)
        conn.execute(sa.text(f'DROP TABLE IF EXISTS "{name}"'))
        conn.execute(sa.text(f'CREATE TEMP TABLE "{name}" ({cols})'))
        by_lower = {h.lower(): h for h in csv_file.header}
        for batch in csv_file.batches([by_lower[c] for c in wanted]):
            data = pa.table({c: pa.array([v.strip() or None for v in batch.columns[by_lower[c]]],
                                         pa.string()) for c in wanted})
            store.insert_arrow(conn, name, data)
    conn.commit()
    return frozenset(files)
