"""Every page answers HTML, JSON and CSV from one view; errors never show a traceback."""

from __future__ import annotations

import csv
import io
import re

import pytest

from cschub.indicators.catalogue import load

PAGES = ["/overview", "/indicators/cla_at_31_march_per_10k", "/compare/rereferral_percent",
         "/validation", "/loads"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_json_and_csv_twins(demo, page) -> None:
    html = demo.get(page)
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]
    assert demo.get(page + ".json").headers["content-type"] == "application/json"
    table = list(csv.reader(io.StringIO(demo.get(page + ".csv").text)))
    assert len(table) >= 2


def test_overview_json_and_csv_agree(demo) -> None:
    data = demo.get("/overview.json").json()
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(demo.get("/overview.csv").text))}
    items = [i for items in data["outcomes"].values() for i in items]
    assert len(items) == len(rows) == len(load())
    for item in items:
        if item.get("value") is not None:
            assert float(rows[item["id"]]["value"]) == pytest.approx(item["value"])


def test_indicator_page_has_chart_table_definition_and_downloads(demo) -> None:
    page = demo.get("/indicators/cla_at_31_march_per_10k").text
    assert '<svg class="cschub-chart"' in page and "<title id=" in page and "<desc id=" in page
    assert '<table class="govuk-table">' in page and 'scope="col"' in page
    assert "Definition" in page and ".csv" in page and ".json" in page
    data = demo.get("/indicators/cla_at_31_march_per_10k.json").json()
    assert data["region"] == "London" and len(data["neighbours"]) == 10


def test_compare_filters_and_sorts(demo) -> None:
    rows = demo.get("/compare/cla_at_31_march_per_10k.json?region=London&sort=value").json()
    values = [r["value"] for r in rows["las"] if r["value"] is not None]
    assert values == sorted(values, reverse=True)
    assert {r["region"] for r in rows["las"]} == {"London"}


@pytest.mark.parametrize("path", ["/indicators/no-such-thing", "/compare/nothing",
                                  "/indicators/no-such-thing.json", "/validation?run=999999"])
def test_unknown_things_are_404_without_a_traceback(demo, path) -> None:
    response = demo.get(path)
    assert response.status_code == 404
    assert "Traceback" not in response.text and "File \"" not in response.text


@pytest.mark.parametrize("value", ["' OR 1=1 --", "London'; DROP TABLE ref_la; --",
                                   "%27%20UNION%20SELECT%20*%20FROM%20app_user--"])
def test_sql_injection_through_filters_is_harmless(demo, value) -> None:
    response = demo.get("/compare/cla_at_31_march_per_10k.json", params={"region": value})
    assert response.status_code == 200 and response.json()["las"] == []
    assert demo.get("/validation.json", params={"status": value}).status_code == 404
    assert demo.get("/compare/cla_at_31_march_per_10k.json?year=1;DROP").status_code == 422
    assert len(demo.get("/compare/cla_at_31_march_per_10k.json").json()["las"]) == 153


def test_security_headers(demo) -> None:
    headers = demo.get("/overview").headers
    assert headers["x-frame-options"] == "DENY"
    assert "default-src 'self'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_the_demo_says_who_you_are_on_every_page(demo) -> None:
    for page in PAGES:
        assert "signed in as a local analyst" in demo.get(page).text


def _html_rows(html: str) -> int:
    """Rows in the page's last table (the one its CSV twin holds)."""
    body = html.rsplit('<tbody class="govuk-table__body">', 1)[1].split("</tbody>")[0]
    return body.count('<tr class="govuk-table__row')


TWINS = {  # page: the JSON list its CSV and main HTML table hold
    "/indicators/cla_at_31_march_per_10k": "rows",
    "/compare/rereferral_percent?region=London&sort=value": "las",
    "/validation": "results",
}


@pytest.mark.parametrize("page", list(TWINS))
def test_html_json_and_csv_twins_hold_the_same_rows(demo, page) -> None:
    path, _, query = page.partition("?")
    query = "?" + query if query else ""
    listed = demo.get(f"{path}.json{query}").json()[TWINS[page]]
    table = list(csv.DictReader(io.StringIO(demo.get(f"{path}.csv{query}").text)))
    assert len(listed) == len(table) == _html_rows(demo.get(page).text) > 0
    for item, row in zip(listed, table, strict=True):
        for key, value in row.items():
            expected = item[key]
            if isinstance(expected, float):
                assert float(value) == pytest.approx(expected)
            else:
                assert value == ("" if expected is None else str(expected))


def test_loads_html_lists_every_return_of_its_twins(demo) -> None:
    data = demo.get("/loads.json").json()
    html = demo.get("/loads").text
    assert f"{len(data['returns'])} returns" in html
    assert f"{len(data['loads'])} loads" in html


def test_compare_page_has_a_ranked_chart_with_the_la_marked(demo) -> None:
    html = demo.get("/compare/cla_at_31_march_per_10k").text
    assert html.index('<svg class="cschub-chart"') < html.index('<table class="govuk-table">')
    assert re.search(r"Richmond upon Thames: [\d.,]+</text>", html)
    assert re.search(r"Richmond upon Thames is \d+ of 1[45]\d from the highest\.", html)


def test_a_failure_shows_the_error_page_without_data_or_traceback(demo_app, monkeypatch) -> None:
    from fastapi.testclient import TestClient

    from cschub.indicators import benchmarks

    def broken(*args, **kwargs):
        raise RuntimeError("child 3180019846 could not be read")

    monkeypatch.setattr(benchmarks, "all_las", broken)
    client = TestClient(demo_app, raise_server_exceptions=False)
    for path in ("/compare/cla_starts_per_10k?year=2024", "/compare/cla_starts_per_10k.json"):
        response = client.get(path)
        assert response.status_code == 500
        assert "3180019846" not in response.text and "Traceback" not in response.text
        assert "RuntimeError" not in response.text
    assert "Something went wrong" in client.get("/compare/cla_starts_per_10k").text
