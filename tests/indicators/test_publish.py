"""`cschub publish` writes EES-layout tables with their meta files, disclosure-controlled."""

from __future__ import annotations

import csv

from cschub.indicators.ees import GEOGRAPHY
from cschub.indicators.publish import publish
from tests.indicators.helpers import put


def test_publish_writes_ees_tables_with_small_counts_suppressed(duck, tmp_path) -> None:
    # 3 children in foster care and 20 in children's homes on 31 March 2025
    rows = ["clap_cla_placement_id,clap_person_id,clap_cla_placement_type"]
    eps = ["clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
           "clae_cla_episode_start_reason,clae_cla_placement_id"]
    for i in range(23):
        rows.append(f"P{i},C{i},{'U1' if i < 3 else 'K2'}")
        eps.append(f"E{i},C{i},2024-06-01,S,P{i}")
    put(duck, {"ssd_cla_placement": "\n".join(rows), "ssd_cla_episodes": "\n".join(eps)},
        ["ssda903 2024-25"])
    files = publish(duck, tmp_path)
    assert [f.name for f in files] == ["cla_placement_types.csv", "cla_placement_types.meta.csv",
                                       "indicators.csv", "indicators.meta.csv"]
    with (tmp_path / "cla_placement_types.csv").open(encoding="utf-8") as f:
        table = list(csv.DictReader(f))
    assert list(table[0])[:len(GEOGRAPHY)] == GEOGRAPHY
    cells = {r["placement_type"]: (r["children_count"], r["children_percent"]) for r in table}
    assert cells["Foster placements"] == ("c", "c")
    # 3 alone would be 23 - 20: the smallest other non-zero count, 20, is suppressed too
    assert cells["Secure homes and children's homes"] == ("c", "c")
    assert cells["Total"] == ("23", "100")
    assert cells["Placed with parents"] == ("0", "0")
    with (tmp_path / "cla_placement_types.meta.csv").open(encoding="utf-8") as f:
        meta = {r["col_name"]: r["col_type"] for r in csv.DictReader(f)}
    assert meta == {"placement_type": "Filter", "children_count": "Indicator",
                    "children_percent": "Indicator"}
    with (tmp_path / "indicators.csv").open(encoding="utf-8") as f:
        ind = {r["indicator"]: r for r in csv.DictReader(f)}
    assert ind["foster_care_percent"]["numerator"] == "c"
    assert ind["foster_care_percent"]["value"] == "c"
    assert ind["cla_at_31_march_per_10k"]["numerator"] == "23"
