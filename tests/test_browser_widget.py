"""The chat widget in real Chromium against the real stack (web server, Rasa, actions).

One browser and one stack for the module. The directory is the shipped YAML plus a
fictional Glasgow service whose every text field holds markup (tests/fixtures/web), so
the plan the bot sends proves directory data renders inert. axe-core checks every state.
"""
from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, replace

import pytest
from playwright.sync_api import expect, sync_playwright

from bot.build import child_env
from navigator.settings import ROOT, Settings
from tests.conftest import free_port, start_stack
from tests.web_support import (RunningWeb, axe_violations, csp_violations, launch_chromium,
                               screenshot, static_site, watch_csp)

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

HOST = "() => document.querySelector('.nwd-host').shadowRoot"
PARTNER_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Partner site</title></head>
<body><main><h1>A partner's page</h1><p>Partner content.</p><p><a href="/partner.html">A link</a></p></main>
<script src="{web}/widget.js" data-server="{web}" data-exit-url="{partner}/exit.html" defer></script>
</body></html>"""
EXIT_PAGE = """<!doctype html><html lang="en"><head><title>Weather</title></head>
<body><main><h1>Weather</h1></main></body></html>"""


@dataclass
class Servers:
    web: str
    partner: str
    stack: object
    settings: Settings


@pytest.fixture(scope="module")
def xss_directory_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('xss-directory') / 'directory.sqlite3'}"
    proc = subprocess.run([sys.executable, "-m", "services_db", "load", "--db", url,
                           str(ROOT / "services_db" / "data" / "organisations"),
                           str(ROOT / "tests" / "fixtures" / "web")],
                          cwd=ROOT, env=child_env(), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return url


@pytest.fixture(scope="module")
def servers(trained_model, xss_directory_url, tmp_path_factory):
    stack = start_stack(trained_model, xss_directory_url, tmp_path_factory.mktemp("web-logs"))
    partner_port = free_port()
    partner = f"http://127.0.0.1:{partner_port}"
    settings = replace(Settings(), web_port=free_port(), db_url=xss_directory_url,
                       rasa_urls=(stack.rasa_url,), widget_origins=(partner,),
                       rate_limit_per_minute=6000, rate_limit_burst=600)
    web = RunningWeb(settings)
    base = web.start()
    site = RunningWeb(settings, port=partner_port, app=static_site({
        "/partner.html": PARTNER_PAGE.format(web=base, partner=partner),
        "/strict.html": (PARTNER_PAGE.format(web=base, partner=partner), {
            "Content-Security-Policy": f"default-src 'none'; script-src 'self' {base}; "
                                       f"style-src 'self' {base}; connect-src 'self' {base}"}),
        "/exit.html": EXIT_PAGE}))
    site.start()
    yield Servers(base, partner, stack, settings)
    site.stop()
    web.stop()
    stack.stack.stop()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    pg = context.new_page()
    watch_csp(pg)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, errors


def accessible(page, state: str) -> None:
    assert csp_violations(page) == [], f"CSP violations, state {state!r}"
    problems = axe_violations(page)
    assert not problems, f"axe, state {state!r}: " + "\n".join(problems)


def shadow(page, js: str):
    """Evaluate `js` with `r` bound to the widget's shadow root."""
    return page.evaluate(f"() => {{ const r = ({HOST})(); return {js}; }}")


def say(page, text: str) -> None:
    """Type a message, send it, and wait until the answer has been rendered."""
    before = shadow(page, "r.querySelectorAll('.log .msg').length")
    page.get_by_label("Your message").fill(text)
    page.get_by_label("Your message").press("Enter")
    wait_for_answer(page, before + 2)


def wait_for_answer(page, at_least: int) -> None:
    page.wait_for_function(
        f"(n) => {{ const r = ({HOST})(); return r.querySelectorAll('.log .msg').length >= n"
        " && !r.querySelector('.typing.on'); }", arg=at_least, timeout=60000)


def no_script_ran(page) -> None:
    assert page.evaluate("() => window.__xss") is None
    assert shadow(page, "r.querySelectorAll('.log img, .log script, .log svg, .log iframe, .log b').length") == 0


def user_events(stack, sender: str) -> list[dict]:
    return [e for e in stack.tracker(sender)["events"] if e.get("event") == "user"]


def test_embed_opens_and_closes_with_the_keyboard_only(page, servers):
    page.goto(servers.partner + "/partner.html")
    launcher = page.get_by_role("button", name="Chat: find support")
    expect(launcher).to_be_visible()
    expect(page.get_by_role("button", name="Get help now")).to_be_visible()
    expect(page.get_by_role("button", name="Exit this page")).to_be_visible()
    screenshot(page, "embed-closed")
    accessible(page, "closed")
    for _ in range(8):
        page.keyboard.press("Tab")
        if shadow(page, "r.activeElement && r.activeElement.textContent") == "Chat: find support":
            break
    else:
        pytest.fail("Tab never reached the launcher")
    page.keyboard.press("Enter")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("log", name="Conversation")).to_be_visible()
    assert shadow(page, "r.activeElement.id") == "nwd-msg"
    screenshot(page, "embed-open")
    accessible(page, "open")
    page.keyboard.press("Escape")
    expect(launcher).to_have_attribute("aria-expanded", "false")
    expect(page.get_by_role("log", name="Conversation")).to_be_hidden()
    assert shadow(page, "r.activeElement && r.activeElement.textContent") == "Chat: find support"
    assert page.context.cookies() == [] and page.evaluate("() => localStorage.length") == 0


def test_embedded_chat_reaches_rasa_across_origins(page, servers):
    page.goto(servers.partner + "/partner.html")
    page.get_by_role("button", name="Chat: find support").click()
    say(page, "hello")
    assert shadow(page, "r.querySelectorAll('.msg.error').length") == 0
    sender = page.evaluate("() => sessionStorage.getItem('nwd.sender')")
    assert sender and user_events(servers.stack, sender)


def test_works_on_a_partner_page_with_a_strict_csp(page, servers):
    page.goto(servers.partner + "/strict.html")
    page.get_by_role("button", name="Chat: find support").click()
    expect(page.get_by_role("log", name="Conversation")).to_be_visible()
    assert shadow(page, "getComputedStyle(r.querySelector('.launcher')).backgroundColor") == "rgb(29, 112, 184)"
    say(page, "hello")
    assert shadow(page, "r.querySelectorAll('.msg.error').length") == 0
    assert csp_violations(page) == []


def test_conversation_to_a_plan_with_quick_replies_and_cards(page, servers):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=servers.web)
    page.goto(servers.web + "/")
    expect(page).to_have_title("Find support")
    say(page, "I've nowhere to stay in Glasgow")
    for _ in range(4):  # the bot may ask who the help is for, with quick replies
        if shadow(page, "r.querySelectorAll('.card').length"):
            break
        choice = next((n for n in ("For me", "Skip") if page.get_by_role("button", name=n).count()),
                      None)
        assert choice, "the bot neither asked with quick replies nor sent a plan"
        before = shadow(page, "r.querySelectorAll('.log .msg').length")
        page.get_by_role("button", name=choice).click()
        wait_for_answer(page, before + 2)
    expect(page.get_by_role("heading", name="Somewhere to stay")).to_be_visible()
    # the plan's plain-text twin is kept for copying, not shown a second time
    assert page.locator(".msg.bot:not(.plan)", has_text="Your plan for").count() == 0
    cards = page.locator(".card")
    assert cards.count() >= 1
    assert page.locator(".card a[href^='tel:']").count() >= 1
    # the fictional service whose fields hold markup: shown as text, nothing ran
    xss_card = page.locator(".card", has_text="Test Housing")
    expect(xss_card).to_be_visible()
    assert "<img src=x" in xss_card.locator("h5").inner_text()
    no_script_ran(page)
    screenshot(page, "page-plan", full_page=True)
    accessible(page, "plan")
    page.get_by_role("button", name="Copy plan as text").click()
    expect(page.get_by_role("status").filter(has_text="Plan copied")).to_have_count(1)
    copied = page.evaluate("() => navigator.clipboard.readText()")
    assert "Somewhere to stay:" in copied and time.strftime("%Y") in copied
    # "Print plan" prints only the plain-text plan (window.print stubbed: no dialog here)
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.get_by_role("button", name="Print plan").click()
    assert page.evaluate("() => window.__printed") is True
    sheet = page.locator(".nwd-print-sheet")
    expect(sheet).to_contain_text("Somewhere to stay:")
    page.emulate_media(media="print")
    expect(sheet).to_be_visible()
    expect(page.get_by_role("heading", name="Find support near you")).to_be_hidden()
    screenshot(page, "page-plan-print", full_page=True)
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    expect(sheet).to_have_count(0)
    page.emulate_media(media="screen")
    # quick replies after the plan are buttons; choosing one sends its payload
    replies = page.get_by_role("group", name="Quick replies").last
    expect(replies.get_by_role("button", name="Add another need")).to_be_visible()
    screenshot(page, "page-quick-replies")
    accessible(page, "quick replies")
    before = shadow(page, "r.querySelectorAll('.log .msg').length")
    replies.get_by_role("button", name="Add another need").click()
    wait_for_answer(page, before + 2)
    expect(page.locator(".msg.user").last).to_contain_text("Add another need")
    expect(page.get_by_role("group", name="Quick replies").last.get_by_role(
        "button", name="Mental health")).to_be_visible()
    expect(page.get_by_role("button", name="Copy plan as text")).to_be_visible()


def test_crisis_message_gets_the_urgent_answer(page, servers):
    page.goto(servers.web + "/")
    say(page, "hello")
    expect(page.locator(".msg.bot").last).to_contain_text("999")  # the greeting mentions 999
    expect(page.locator(".msg.urgent")).to_have_count(0)  # ...and is not a crisis answer
    say(page, "my pal's not breathing after taking gear")
    urgent = page.locator(".msg.urgent")
    expect(urgent.first).to_contain_text("Call 999 now")
    assert urgent.first.locator("a[href='tel:999']").count() >= 1
    screenshot(page, "page-crisis")
    accessible(page, "crisis")


def test_markup_typed_by_a_person_is_shown_as_text(page, servers):
    page.goto(servers.web + "/")
    payload = "<img src=x onerror=\"window.__xss='user'\"><b>hi</b>"
    say(page, payload)
    assert page.locator(".msg.user").last.inner_text().endswith(payload)
    no_script_ran(page)


def test_exit_button_leaves_with_replace_and_forgets(page, servers):
    page.goto(servers.partner + "/partner.html")
    page.get_by_role("button", name="Chat: find support").click()
    say(page, "I need somewhere to stay in Fife")
    sender = page.evaluate("() => sessionStorage.getItem('nwd.sender')")
    assert sender and user_events(servers.stack, sender)
    length = page.evaluate("() => history.length")
    page.get_by_role("button", name="Exit this page").click()
    page.wait_for_url(servers.partner + "/exit.html")
    assert page.evaluate("() => history.length") == length
    assert page.evaluate("() => sessionStorage.getItem('nwd.sender')") is None
    assert_forgotten(servers.stack, sender)
    page.go_back()
    assert "partner.html" not in page.url


def assert_forgotten(stack, sender: str) -> None:
    deadline = time.monotonic() + 10
    while user_events(stack, sender) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert user_events(stack, sender) == [], "the conversation was not forgotten"


def test_shift_three_times_exits_but_not_while_typing(page, servers):
    page.clock.install()
    page.goto(servers.partner + "/partner.html")
    page.get_by_role("button", name="Chat: find support").click()
    box = page.get_by_label("Your message")
    box.focus()
    for _ in range(3):
        page.keyboard.press("Shift")
    assert page.url.endswith("/partner.html")
    page.keyboard.press("Escape")  # closes the chat; focus returns to the launcher
    page.keyboard.press("Shift")
    expect(page.get_by_role("status").filter(has_text="Press Shift 2 more times")).to_have_count(1)
    page.clock.fast_forward(6000)  # the count resets after 5 seconds
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url.endswith("/partner.html")
    expect(page.get_by_role("status").filter(has_text="Press Shift 1 more time")).to_have_count(1)
    page.keyboard.press("Shift")
    page.wait_for_url(servers.partner + "/exit.html")


def test_get_help_now_and_error_state_with_the_server_stopped(page, servers):
    settings = replace(servers.settings, web_port=free_port())
    web = RunningWeb(settings)
    base = web.start()
    page.goto(base + "/")
    expect(page.get_by_label("Your message")).to_be_visible()
    web.stop()
    page.get_by_role("button", name="Get help now").click()
    help_panel = page.get_by_role("region", name="Get help now")
    expect(help_panel).to_be_visible()
    expect(help_panel).to_contain_text("Call 999 now")
    for number in ("tel:999", "tel:116123", "tel:111", "tel:08000271234"):
        assert help_panel.locator(f"a[href='{number}']").count() >= 1, number
    screenshot(page, "help-offline")
    accessible(page, "get help now")
    page.keyboard.press("Escape")
    expect(help_panel).to_be_hidden()
    assert shadow(page, "r.activeElement && r.activeElement.textContent") == "Get help now"
    page.get_by_label("Your message").fill("hello")
    page.get_by_label("Your message").press("Enter")
    error = page.locator(".msg.error")
    expect(error).to_contain_text("I can't connect right now", timeout=40000)
    assert error.locator("a[href='tel:999']").count() >= 1
    screenshot(page, "error-offline")
    accessible(page, "server unreachable")


@pytest.mark.parametrize("path", ["/partner.html", "/"])
def test_320px_wide_has_no_sideways_scroll_and_big_targets(browser, servers, path):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto((servers.partner if path == "/partner.html" else servers.web) + path)
        if path == "/partner.html":
            page.get_by_role("button", name="Chat: find support").click()
        page.get_by_role("button", name="Get help now").click()
        expect(page.get_by_role("region", name="Get help now")).to_be_visible()
        screenshot(page, "narrow-320-" + ("partner" if "partner" in path else "page"))
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
        small = shadow(page, "[...r.querySelectorAll('button')].filter(b => b.offsetParent)"
                             ".map(b => b.getBoundingClientRect())"
                             ".filter(b => b.width < 24 || b.height < 24).length")
        assert small == 0
    finally:
        context.close()


def test_clear_conversation_and_reload_forget_the_old_one(page, servers):
    page.goto(servers.web + "/")
    say(page, "I need help with money in Dundee")
    first = page.evaluate("() => sessionStorage.getItem('nwd.sender')")
    assert first and user_events(servers.stack, first)
    page.get_by_role("button", name="Clear conversation").click()
    expect(page.get_by_role("status").filter(has_text="Conversation cleared.")).to_have_count(1)
    assert shadow(page, "r.querySelectorAll('.log .msg').length") == 1  # just the greeting
    assert page.evaluate("() => sessionStorage.getItem('nwd.sender')") is None
    assert_forgotten(servers.stack, first)
    say(page, "I need help with money in Dundee")
    second = page.evaluate("() => sessionStorage.getItem('nwd.sender')")
    assert second and second != first
    page.reload()  # a new page load starts a new conversation and forgets the last one
    expect(page.get_by_label("Your message")).to_be_visible()
    assert_forgotten(servers.stack, second)


def test_400_percent_zoom_keeps_exit_visible_and_focus_uncovered(browser, servers):
    # 400% zoom on a 1280x1024 screen leaves a 320x256 CSS-pixel viewport
    context = browser.new_context(viewport={"width": 320, "height": 256})
    page = context.new_page()
    try:
        page.goto(servers.partner + "/partner.html")
        page.get_by_role("button", name="Chat: find support").click()
        expect(page.get_by_label("Your message")).to_be_focused()
        screenshot(page, "embed-zoom-400")
        exit_box = page.get_by_role("button", name="Exit this page").bounding_box()
        assert exit_box["y"] >= 0 and exit_box["y"] + exit_box["height"] <= 256
        box = page.get_by_label("Your message").bounding_box()
        controls = shadow(page, "(() => { const b = r.querySelector('.controls').getBoundingClientRect();"
                                " return {top: b.top}; })()")
        assert box["y"] >= 0 and box["y"] + box["height"] <= controls["top"], "focus hidden by the dock"
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
    finally:
        context.close()


def test_rate_limited_answer_asks_to_wait(page, servers):
    settings = replace(servers.settings, web_port=free_port(), rate_limit_per_minute=1,
                       rate_limit_burst=1)
    with RunningWeb(settings) as base:
        page.goto(base + "/")
        say(page, "hello")
        say(page, "hello again")
        expect(page.locator(".msg.error")).to_contain_text("wait a minute")
        expect(page.locator(".msg.bot").filter(has_text="faster than I can answer")).to_have_count(1)
        expect(page.get_by_role("button", name="Try again")).to_be_visible()


def test_crisis_text_still_comes_when_rasa_is_down(page, servers):
    settings = replace(servers.settings, web_port=free_port(),
                       rasa_urls=(f"http://127.0.0.1:{free_port()}",))
    with RunningWeb(settings) as base:
        page.goto(base + "/")
        say(page, "my pal's not breathing")
        expect(page.locator(".msg.urgent")).to_contain_text("Call 999 now")
        expect(page.locator(".msg.error")).to_contain_text("I can't connect right now")
        accessible(page, "rasa down, crisis text from the web server")
