"""Every page in a real browser (Debian's chromium driven by Playwright): axe-core finds no
serious or critical accessibility violation, the keyboard reaches the filters and links with a
visible focus, pages reflow at 320 px, and screenshots for the README are taken."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

PAGES = {
    "overview": "/overview",
    "indicator": "/indicators/cla_at_31_march_per_10k",
    "compare": "/compare/rereferral_percent?sort=value",
    "validation": "/validation",
    "loads": "/loads",
    "child-form": "/children",
    "accessibility": "/accessibility",
    "not-found": "/indicators/nothing-here",
}


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return "chromium is not installed (apt-get install chromium)"
    if not AXE.exists():
        return "axe-core is not installed (make assets)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    return None


def _require_browser() -> None:
    problem = _missing()
    if problem:
        if os.environ.get("CSCHUB_REQUIRE_BROWSER"):
            pytest.fail(problem)
        pytest.skip(problem)


def _serve(app) -> tuple[str, object]:
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


@pytest.fixture(scope="module")
def browser():
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        # the pages' Content-Security-Policy would (rightly) refuse the injected axe script
        context = b.new_context(bypass_csp=True)
        yield context
        context.close()
        b.close()


@pytest.fixture(scope="module")
def site(demo_app):
    _require_browser()
    url, server = _serve(demo_app)
    yield url
    server.should_exit = True


def _axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("name", list(PAGES))
def test_page_has_no_serious_accessibility_violations(browser, site, name, tmp_path) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site + PAGES[name])
    violations = _axe(page)
    assert not violations, [(v["id"], v["help"], len(v["nodes"])) for v in violations]
    # `make screenshots` refreshes the README's pictures; otherwise they go to a temp folder
    folder = SHOTS if os.environ.get("CSCHUB_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=False)
    assert (folder / f"{name}.png").stat().st_size > 1000
    page.close()


@pytest.mark.parametrize("name", list(PAGES))
def test_page_reflows_at_320_px(browser, site, name) -> None:
    page = browser.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site + PAGES[name])
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page scrolls sideways by {overflow}px at 320px"
    page.close()


def test_keyboard_reaches_the_filters_and_links_with_visible_focus(browser, site) -> None:
    page = browser.new_page()
    page.goto(site + PAGES["compare"])
    reached = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("""() => { const e = document.activeElement;
            const s = getComputedStyle(e);
            return [e.id || e.tagName, s.outlineStyle !== 'none' || s.boxShadow !== 'none'
                    || s.backgroundColor !== 'rgba(0, 0, 0, 0)']; }""")
        reached.add(focused[0])
        assert focused[1], f"no visible focus on {focused[0]}"
    assert {"year", "region", "sort"} <= reached and "A" in reached  # filters and links
    page.close()


def test_filters_work_without_javascript(browser, site) -> None:
    context = browser.browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + PAGES["compare"])
    page.select_option("#region", "London")
    page.click("button[type=submit]")
    assert "region=London" in page.url
    assert page.locator("table tbody tr").count() == 33
    context.close()


def test_chart_has_a_text_alternative_and_a_table(browser, site) -> None:
    page = browser.new_page()
    page.goto(site + PAGES["indicator"])
    svg = page.locator("svg.cschub-chart")
    assert svg.get_attribute("role") == "img"
    assert page.locator("svg.cschub-chart title").text_content()
    assert page.locator("table caption").first.inner_text().endswith("by year")
    page.close()
