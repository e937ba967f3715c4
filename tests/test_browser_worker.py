"""The worker referral page in real Chromium: form, field errors, plan, filters, summary, print.

Runs against the web server alone (no Rasa needed): the page calls POST /api/plan, which
uses the same build_plan as the bot. The directory includes a fictional service with
markup in every field (tests/fixtures/web) to prove directory data renders inert.
"""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace

import pytest
from playwright.sync_api import expect, sync_playwright

from bot.build import child_env
from navigator.settings import ROOT, Settings
from tests.conftest import free_port
from tests.web_support import (RunningWeb, axe_violations, csp_violations, launch_chromium,
                               screenshot, watch_csp)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('worker-directory') / 'directory.sqlite3'}"
    proc = subprocess.run([sys.executable, "-m", "services_db", "load", "--db", url,
                           str(ROOT / "services_db" / "data" / "organisations"),
                           str(ROOT / "tests" / "fixtures" / "web")],
                          cwd=ROOT, env=child_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    settings = replace(Settings(), web_port=free_port(), db_url=url,
                       rasa_urls=(f"http://127.0.0.1:{free_port()}",))
    with RunningWeb(settings) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser, web):
    context = browser.new_context(viewport={"width": 1024, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=web)
    pg = context.new_page()
    watch_csp(pg)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(web + "/worker")
    yield pg
    context.close()
    assert not errors, errors


def accessible(page, state: str) -> None:
    assert csp_violations(page) == [], f"CSP violations, state {state!r}"
    problems = axe_violations(page)
    assert not problems, f"axe, state {state!r}: " + "\n".join(problems)


def test_form_errors_are_field_specific_and_linked(page):
    expect(page).to_have_title("Referral plan")
    accessible(page, "worker form")
    screenshot(page, "worker-form", full_page=True)
    page.get_by_role("button", name="Make plan").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Choose at least one thing")
    assert page.evaluate("() => document.activeElement.id") == "error-summary"
    expect(page.locator("#needs-error")).to_be_visible()
    expect(page.locator("#place-error")).to_be_hidden()
    accessible(page, "worker form errors")
    screenshot(page, "worker-errors")
    summary.get_by_role("link").first.click()
    assert page.evaluate("() => document.activeElement.name") == "needs"
    page.get_by_label("Somewhere to stay").check()
    page.get_by_label("Where are they?").fill("Narnia Upon Sea")
    page.get_by_role("button", name="Make plan").click()
    expect(page.locator("#place-error")).to_contain_text("could not find that place")
    expect(page.locator("#needs-error")).to_be_hidden()
    expect(page.get_by_label("Where are they?")).to_have_attribute("aria-invalid", "true")
    page.get_by_label("Where are they?").fill("Newcastle upon Tyne")
    page.get_by_role("button", name="Make plan").click()
    expect(page.locator("#place-error")).to_contain_text("outside Scotland")


def test_plan_with_filters_summary_and_one_page_print(page):
    page.get_by_label("Somewhere to stay").check()
    page.get_by_label("Drug or alcohol treatment").check()
    page.get_by_label("Where are they?").fill("G31 2AB")
    page.get_by_label("A client I work with").check()
    page.get_by_label("Age (optional)").select_option("25_64")
    page.get_by_label("Today").check()
    page.get_by_role("button", name="Make plan").click()
    heading = page.get_by_role("heading", name="Plan", exact=True)
    expect(heading).to_be_focused()
    expect(page.locator("#results-meta")).to_contain_text("Glasgow City")
    expect(page.get_by_role("heading", name="Somewhere to stay")).to_be_visible()
    expect(page.get_by_role("heading", name="Drug or alcohol treatment")).to_be_visible()
    cards = page.locator(".card")
    assert cards.count() >= 2
    assert all(t.startswith("Why: ") for t in page.locator(".card .why").all_inner_texts())
    # markup in the directory is shown as text and never runs
    xss = page.locator(".card", has_text="Test Housing")
    expect(xss).to_be_visible()
    assert "<script>" in xss.locator("h4").inner_text()
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#plan img, #plan script, #plan svg, #plan iframe, #plan b").count() == 0
    accessible(page, "worker results")
    screenshot(page, "worker-results", full_page=True)

    page.get_by_label("Open now").check()
    visible = page.locator(".card:visible")
    assert visible.count() >= 1
    for i in range(visible.count()):
        expect(visible.nth(i).locator(".badge.open")).to_have_count(1)
    expect(page.locator("#filter-status")).to_contain_text(re.compile(r"Showing \d+ of \d+ services"))
    page.get_by_label("Open now").uncheck()
    assert page.locator(".card:visible").count() == cards.count()

    text = page.get_by_label("Summary for case notes (no personal details)").input_value()
    assert re.match(r"Referral plan, \d{1,2} \w+ 20\d\d\n", text)
    assert "Area: Glasgow City" in text and "For: a worker's client" in text
    assert "G31" not in text and "25 to 64" not in text
    page.get_by_role("button", name="Copy summary for case notes").click()
    expect(page.locator("#copy-status")).to_have_text("Summary copied.")
    assert page.evaluate("() => navigator.clipboard.readText()") == text

    page.emulate_media(media="print")
    expect(page.get_by_role("button", name="Make plan")).to_be_hidden()
    accessible(page, "worker print view")
    screenshot(page, "worker-print", full_page=True)
    pdf = page.pdf(format="A4", print_background=False)
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 1, "the plan should print on one A4 page"


def test_worker_page_fits_320px(browser, web):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto(web + "/worker")
        page.get_by_label("Mental health").check()
        page.get_by_label("Where are they?").fill("Fife")
        page.get_by_role("button", name="Make plan").click()
        expect(page.locator(".card").first).to_be_visible()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
        screenshot(page, "worker-320", full_page=True)
    finally:
        context.close()


def test_help_control_is_in_the_same_place_as_on_the_chat_page(page, web):
    on_worker = page.get_by_role("button", name="Get help now").bounding_box()
    exit_worker = page.get_by_role("button", name="Exit this page").bounding_box()
    page.goto(web + "/")
    assert page.get_by_role("button", name="Get help now").bounding_box() == on_worker
    assert page.get_by_role("button", name="Exit this page").bounding_box() == exit_worker
    page.goto(web + "/worker")
    page.get_by_role("button", name="Get help now").click()
    expect(page.get_by_role("region", name="Get help now")).to_contain_text("116 123")
