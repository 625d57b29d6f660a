"""A real phone's browser joins a round with phones: Chromium from Debian,
headless, at 390x844 with touch, driven by Selenium. It opens the link
that the QR code on the window's screen says (read with zbarimg; the same
as --url-out), ranks by tapping the cards, moves one with its up button
and drags one by touch, gives the ranking; loses the network, changes the ranking and gives it again (kept
as a draft, the page says it is offline), gets the network back, and the
page resends it by itself: the session then holds the changed ballot,
once. Then a named lanes round: the name asked, the lanes kept. Screenshots of each step go
to PRIO_PHONE_SHOTS (default: the test's temporary folder)."""
import importlib.util
import os
import socket
import subprocess
import sys

# Selenium is Debian's python3-selenium: run under Debian's Python when
# another one on PATH lacks it.
if importlib.util.find_spec("selenium") is None:
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
    print("python3-selenium is missing: scripts/common.sh must install it", file=sys.stderr)
    sys.exit(1)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.common.actions import interaction  # noqa: E402
from selenium.webdriver.common.actions.action_builder import ActionBuilder  # noqa: E402
from selenium.webdriver.common.actions.pointer_input import PointerInput  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

sys.path.insert(0, os.path.dirname(__file__))
from harness import Checks, Xvfb, require, temp_dir  # noqa: E402
from phones import rounds, start_serving  # noqa: E402
from sessions import kill_if_running, until, write_deck  # noqa: E402

PACKAGE = {"chromium": "chromium", "chromedriver": "chromium-driver", "zbarimg": "zbar-tools"}


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"):
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0, "touch": True},
        "userAgent": "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36"})
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver") if hasattr(webdriver, "ChromeService") \
        else webdriver.chrome.service.Service(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def main():
    require("xdotool")
    for program, package in PACKAGE.items():
        if not os.path.exists("/usr/bin/" + program):
            print(f"`{program}` is missing: scripts/common.sh must install {package}", file=sys.stderr)
            sys.exit(1)
    # Selenium reaches chromedriver at "localhost": say so plainly where it does not resolve.
    try:
        socket.getaddrinfo("localhost", None)
    except socket.gaierror as e:
        print(f"\"localhost\" does not resolve ({e}): this machine needs an /etc/hosts that names it", file=sys.stderr)
        sys.exit(1)
    t = Checks()
    work = temp_dir()
    shots = os.environ.get("PRIO_PHONE_SHOTS", work)
    os.makedirs(shots, exist_ok=True)
    with Xvfb() as x:
        app, _, url, _, log = start_serving(x.env, work)
        driver = browser()
        try:
            def shot(name):
                path = os.path.join(shots, name)
                driver.save_screenshot(path)
                print("screenshot:", path)

            def ranked():
                # In one script: the page redraws its lists whole, so elements found earlier go stale.
                return driver.execute_script("return Array.from(document.querySelectorAll('#ranked li.card'), li => li.dataset.code)")

            def tap(element):
                # Into the middle of the screen first: the sticky footer covers the bottom.
                driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
                element.click()

            def text(id_):
                return driver.find_element(By.ID, id_).text

            # The phone scans the QR code off the window's screen.
            screen = os.path.join(shots, "window-join.png")
            subprocess.run(["import", "-window", "root", "png32:" + screen], env=x.env, check=True, timeout=30)
            print("screenshot:", screen)
            scanned = subprocess.run(["zbarimg", "-q", "--raw", screen], capture_output=True, text=True, timeout=30).stdout.strip()
            t.check(scanned == url, f"the QR code on the screen is the join link: {scanned!r}")
            driver.get(scanned or url)
            t.check(until(lambda: len(driver.find_elements(By.CSS_SELECTOR, "#unranked li.card")) == 18, timeout=20),
                    "the page shows the deck's 18 cards to choose from")
            t.check(driver.execute_script("return window.innerWidth") == 390, "the viewport is a phone's, 390 px wide")
            t.check(driver.execute_script("return 'ontouchstart' in window || navigator.maxTouchPoints > 0"), "touch is on")
            t.check(text("state") == "Verbonden", f"the page says it is connected: {text('state')!r}")
            t.check("Anoniem" in text("privacy"), f"the page says plainly that the round is anonymous: {text('privacy')!r}")
            t.check(not driver.find_element(By.ID, "name-row").is_displayed(), "an anonymous round asks no name")
            shot("phone-1-joined.png")

            codes = [li.get_attribute("data-code") for li in driver.find_elements(By.CSS_SELECTOR, "#unranked li.card")]
            order = codes[::-1]  # the deck backwards, tapped card by card
            for code in order:
                tap(driver.find_element(By.CSS_SELECTOR, f"#unranked li[data-code='{code}'] .body"))
            t.check(ranked() == order, "tapping ranks the cards in the order tapped")
            # The third card one place up, with its up button.
            tap(driver.find_elements(By.CSS_SELECTOR, "#ranked li.card")[2].find_elements(By.CSS_SELECTOR, ".tools button")[0])
            order[1], order[2] = order[2], order[1]
            t.check(ranked() == order, "the up button moves a card one place up")
            # A finger drags the first card by its number to below the third.
            driver.execute_script("window.scrollTo(0, 0)")
            until(lambda: driver.execute_script("return window.scrollY") == 0)
            cards = driver.find_elements(By.CSS_SELECTOR, "#ranked li.card")
            stripes = [card.find_element(By.CSS_SELECTOR, ".stripe") for card in cards[:3]]
            # Each place relative to a card as it is when the action runs, not to
            # coordinates read before: a loaded machine may still be laying out.
            finger = ActionBuilder(driver, mouse=PointerInput(interaction.POINTER_TOUCH, "finger"))
            finger.pointer_action.move_to(stripes[0]).pointer_down()
            finger.pointer_action.move_to(stripes[0], 0, 10)
            finger.pointer_action.move_to(stripes[1])
            # The finger rests past the page's poll of the round (every 5 s): the
            # answer must not rebuild the list from under it.
            finger.pointer_action.pause(5.5)
            finger.pointer_action.move_to(stripes[2])
            finger.pointer_action.move_to(stripes[2], 0, int(cards[2].rect["height"] * 0.25))
            finger.pointer_action.pointer_up()
            finger.perform()
            order.insert(2, order.pop(0))
            t.check(until(lambda: ranked() == order), f"a drag by touch moves the card to where it is let go: {ranked()[:4]}")
            # The summary is a tap away.
            first = driver.find_elements(By.CSS_SELECTOR, "#ranked li.card .body")[0]
            tap(first)
            t.check(len(driver.find_elements(By.CSS_SELECTOR, "#ranked .summary")) == 1, "a tap on a ranked card shows its summary")
            width = driver.execute_script("return document.documentElement.scrollWidth")
            t.check(width <= 390, f"no horizontal scrolling at 390 px: the page is {width} px wide")
            small = driver.execute_script(
                "return Array.from(document.querySelectorAll('button')).filter(b => b.offsetParent && "
                "(b.getBoundingClientRect().height < 44 || b.getBoundingClientRect().width < 44)).length")
            t.check(small == 0, f"every tap target is at least 44x44 px: {small} smaller")
            driver.execute_script("window.scrollTo(0, 0)")
            shot("phone-2-ranked.png")

            tap(driver.find_element(By.ID, "submit"))
            t.check(until(lambda: rounds(log)[0] == [(1, "open", 1)], timeout=15), f"the ballot reaches the session: {rounds(log)[0]}")
            t.check(rounds(log)[1] == [(1, order)], "the session holds the order tapped")
            t.check(until(lambda: "Gegeven" in text("message")), f"the page says it was given: {text('message')!r}")
            shot("phone-3-given.png")

            # The network goes; the participant changes their mind and gives again.
            driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
            tap(driver.find_elements(By.CSS_SELECTOR, "#ranked li.card")[0].find_elements(By.CSS_SELECTOR, ".tools button")[1])
            order[0], order[1] = order[1], order[0]
            tap(driver.find_element(By.ID, "submit"))
            t.check(until(lambda: "Geen verbinding" in text("state"), timeout=15), f"the page says it is offline: {text('state')!r}")
            t.check(until(lambda: "Nog niet verzonden" in text("message")), f"the page says the ballot is not sent yet: {text('message')!r}")
            t.check(rounds(log)[1] == [(1, order[1:2] + order[0:1] + order[2:])], "offline, the session keeps the first ballot")
            driver.execute_script("window.scrollTo(0, 0)")
            shot("phone-4-offline.png")

            # Back: the page resends by itself, and the change replaces the first ballot.
            driver.delete_network_conditions()
            t.check(until(lambda: rounds(log)[1] == [(1, order)], timeout=20), f"back online, the changed ballot replaces the first: {rounds(log)}")
            t.check(rounds(log)[0] == [(1, "open", 1)], "still one ballot for this phone")
            t.check(until(lambda: "Gegeven" in text("message") and text("state") == "Verbonden"), "the page says it is connected and given")
            shot("phone-5-back.png")

            # A reload keeps the draft (localStorage) and the phone (its id): giving again changes nothing.
            driver.refresh()
            t.check(until(lambda: ranked() == order, timeout=20), "after a reload the ranking is still there")
            tap(driver.find_element(By.ID, "submit"))
            until(lambda: "Gegeven" in text("message"))
            t.check(rounds(log)[0] == [(1, "open", 1)], "the same ballot again counts once")
        finally:
            driver.quit()
            kill_if_running(app)
        lanes_round(t, x, work, shots)
    t.finish()


def lanes_round(t, x, work, shots):
    """A named round in the board's lanes (the first holds 3): the page asks
    the name, a tapped card goes to the lane picked above the list, a full
    lane takes no more, and the session keeps the lanes and the name."""
    deck = os.path.join(work, "deck.yaml")
    write_deck(deck, first_capacity=3)
    lanes_work = os.path.join(work, "lanes")
    os.makedirs(lanes_work)
    app, _, url, _, log = start_serving(x.env, lanes_work, deck, "--serve-form", "lanes", "--serve-named")
    driver = browser()
    try:
        def tap(element):
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
            element.click()

        def card(code):
            return driver.find_element(By.CSS_SELECTOR, f"#unranked li[data-code='{code}'] .body")

        driver.get(url)
        t.check(until(lambda: len(driver.find_elements(By.CSS_SELECTOR, "#unranked li.card")) == 18, timeout=20),
                "the lanes round's page shows the 18 cards")
        t.check(driver.find_element(By.ID, "name-row").is_displayed(), "a named round asks the name")
        t.check("Niet anoniem" in driver.find_element(By.ID, "privacy").text, "and says plainly that it is not anonymous")
        lanes = driver.find_elements(By.CSS_SELECTOR, "#lanes button")
        t.check([b.text for b in lanes] == ["Nu", "Straks", "Later", "Niet"], f"the board's lanes to pick: {[b.text for b in lanes]}")
        for code in ("K1", "K2", "K3", "K4"):
            tap(card(code))
        placed = driver.execute_script("return Array.from(document.querySelectorAll('#ranked li.card'), li => li.dataset.code)")
        t.check(placed == ["K1", "K2", "K3"], f"the first lane takes 3 cards and no more: {placed}")
        tap(driver.find_elements(By.CSS_SELECTOR, "#lanes button")[1])
        for code in ("K4", "K5"):
            tap(card(code))
        t.check(not driver.find_element(By.ID, "submit").is_enabled(), "without a name the ranking cannot be given")
        driver.find_element(By.ID, "name").send_keys("Ann")
        tap(driver.find_element(By.ID, "submit"))
        t.check(until(lambda: rounds(log)[1] == [(1, ["K1", "K2", "K3", "|", "K4", "K5", "|", "|"])], timeout=15),
                f"the session holds the cards lane by lane: {rounds(log)[1]}")
        driver.execute_script("window.scrollTo(0, 0)")
        path = os.path.join(shots, "phone-6-lanes.png")
        driver.save_screenshot(path)
        print("screenshot:", path)
        def named():
            for folder, _, files in os.walk(x.home):
                for name in files:
                    if name.endswith(".yaml") and "voter: Ann" in open(os.path.join(folder, name), encoding="utf-8").read():
                        return True
            return False
        t.check(until(named, timeout=15), "the autosaved session keeps the participant's name")
    finally:
        driver.quit()
        kill_if_running(app)


if __name__ == "__main__":
    main()
