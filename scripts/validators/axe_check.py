"""Checks pages of a built site in headless Chromium, as readers meet them.

Usage: axe_check.py AXE_JS BASE_URL PAGE... (pages relative to BASE_URL).

- axe-core on every page, 1280 and 390 px wide: every violation is printed; serious and critical
  ones fail (moderate and minor ones are allowed).
- Reflow (WCAG 1.4.10): at 390 px, and at 640 px (a 1280 px screen zoomed to 200 %) with the
  largest font size, nothing may stick out sideways, except data tables in item bodies, which
  WCAG exempts. Pages under print/ are sheets of paper (A4, A3) and are left out.
- Line height: visible Chinese text (outside print/ and SVG) has a line height of at least 1.5.
- The font-size control: shown with JavaScript, hidden without; a size chosen on one page holds on
  the next.

Prints a line per page and a summary; exits 1 when anything failed, 2 when the browser cannot be
driven.
"""
import json
import os
import sys

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium must not try to download a driver.

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

FAILING = {"serious", "critical"}
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FONT_KEY = "gongkai-font-size"

# Elements whose right edge passes the viewport's, outside data tables of item bodies.
OVERFLOW_JS = """
const width = document.documentElement.clientWidth, out = [];
for (const e of document.querySelectorAll('body *')) {
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.right <= width + 1 || e.closest('.item-body table')) continue;
  if (e.parentElement && e.parentElement.getBoundingClientRect().right > width + 1
      && !e.parentElement.closest('.item-body table') && e.parentElement !== document.body) continue;
  out.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
           + ' (' + Math.round(r.right) + ' px)');
}
return out;
"""

# Visible elements whose own text is Chinese and whose line height is under 1.5 times their font.
LINE_HEIGHT_JS = r"""
if (!document.documentElement.lang.startsWith('zh')) return [];
const out = new Set(), walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
while (walker.nextNode()) {
  const e = walker.currentNode.parentElement;
  if (!/[\u3400-\u9fff]/.test(walker.currentNode.textContent) || !e.getClientRects().length || e.closest('svg')) continue;
  const style = getComputedStyle(e), size = parseFloat(style.fontSize);
  const height = style.lineHeight === 'normal' ? NaN : parseFloat(style.lineHeight);
  if (!(height / size >= 1.499)) out.add(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' (' + style.lineHeight + ' / ' + style.fontSize + ')');
}
return [...out];
"""


def browser(width, javascript=True):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=zh-CN"]:
        options.add_argument(arg)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # Headless Chromium starts no narrower than 500 px whatever --window-size says; resizing works.
    driver.set_window_size(width, 1000)
    driver.set_script_timeout(60)
    return driver


def run_axe(driver, axe_js):
    driver.execute_script(axe_js)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations), e => done({error: String(e)}));", TAGS)


def set_font_size(driver, size):
    driver.execute_script("try { localStorage.setItem(arguments[0], arguments[1]); } catch (e) {}", FONT_KEY, size)


class Checker:
    def __init__(self, axe_js, base, pages):
        self.axe_js, self.base, self.pages = axe_js, base, pages
        self.failures = 0
        self.counts = {}

    def fail(self, message):
        self.failures += 1
        print(f"    FAIL {message}")

    def axe(self, width):
        driver = browser(width)
        try:
            for page in self.pages:
                driver.get(self.base + page)
                violations = run_axe(driver, self.axe_js)
                if isinstance(violations, dict):
                    print(f"axe: {page} @{width}px: axe.run failed: {violations['error']}")
                    self.failures += 1
                    continue
                if width == 1280 and not page.startswith("print/"):
                    tight = driver.execute_script(LINE_HEIGHT_JS)
                    if tight:
                        self.fail(f"line height: {page}: Chinese text under 1.5: " + ", ".join(tight[:5]))
                summary = ", ".join(f"{v['id']} ({v.get('impact')}, {len(v['nodes'])})" for v in violations)
                print(f"axe: {page} @{width}px: {len(violations)} violations" + (f": {summary}" if summary else ""))
                for v in violations:
                    key = (v["id"], v.get("impact"))
                    self.counts[key] = self.counts.get(key, 0) + len(v["nodes"])
                    if v.get("impact") in FAILING:
                        self.failures += 1
                    for node in v["nodes"][:5]:
                        target = " ".join(t if isinstance(t, str) else json.dumps(t) for t in node["target"])
                        detail = (node.get("failureSummary") or "").splitlines()[1:2] or [v["help"]]
                        print(f"    [{v.get('impact')}] {v['id']}: {target}: {detail[0].strip()}")
        finally:
            driver.quit()

    def reflow(self, width, size):
        driver = browser(width)
        try:
            driver.get(self.base + self.pages[0])
            set_font_size(driver, size)
            wide = 0
            pages = [p for p in self.pages if not p.startswith("print/")]
            for page in pages:
                driver.get(self.base + page)
                offenders = driver.execute_script(OVERFLOW_JS)
                if offenders:
                    wide += 1
                    self.fail(f"reflow: {page} @{width}px, font size {size}: wider than the window: "
                              + ", ".join(offenders[:5]))
            set_font_size(driver, "normal")
            print(f"reflow @{width}px, font size {size}: {len(pages) - wide} of {len(pages)} pages fit")
        finally:
            driver.quit()

    def font_size_control(self):
        if len(self.pages) < 2:
            return
        first, second = self.pages[0], self.pages[1]
        driver = browser(1280)
        try:
            driver.get(self.base + first)
            set_font_size(driver, "normal")
            driver.get(self.base + first)
            controls = driver.find_elements(By.CSS_SELECTOR, ".font-size")
            if not controls or not controls[0].is_displayed():
                self.fail("font size: the control is not shown with JavaScript on")
                return
            base_size = driver.execute_script("return parseFloat(getComputedStyle(document.documentElement).fontSize)")
            driver.find_element(By.CSS_SELECTOR, '.font-size button[data-font-size="x-large"]').click()
            driver.get(self.base + second)
            state = driver.execute_script(
                "const b = document.querySelector('.font-size button[data-font-size=\"x-large\"]');"
                "return [document.documentElement.getAttribute('data-font-size'),"
                " parseFloat(getComputedStyle(document.documentElement).fontSize), b && b.getAttribute('aria-pressed')];")
            if state[0] != "x-large" or not state[1] > base_size or state[2] != "true":
                self.fail(f"font size: chosen on {first}, not kept on {second}: {state}, normal {base_size}px")
            else:
                print(f"font size: x-large chosen on {first} holds on {second} ({base_size:g} px → {state[1]:g} px)")
            set_font_size(driver, "normal")
        finally:
            driver.quit()
        driver = browser(1280, javascript=False)
        try:
            driver.get(self.base + first)
            controls = driver.find_elements(By.CSS_SELECTOR, ".font-size")
            if controls and controls[0].is_displayed():
                self.fail("font size: the control shows without JavaScript, where it cannot work")
            elif not driver.find_elements(By.CSS_SELECTOR, "main h1"):
                self.fail("font size: without JavaScript the page has no main heading")
            else:
                print("font size: hidden without JavaScript; the page reads as usual")
        finally:
            driver.quit()


def main():
    axe_js = open(sys.argv[1], encoding="utf-8").read()
    checker = Checker(axe_js, sys.argv[2], sys.argv[3:])
    try:
        for width in (1280, 390):
            checker.axe(width)
        checker.reflow(390, "normal")
        checker.reflow(640, "x-large")
        checker.font_size_control()
    except Exception as e:  # noqa: BLE001 — the browser or its driver failed
        print(f"axe: cannot drive Chromium through /usr/bin/chromedriver: {e}")
        return 2
    print("axe summary: " + (", ".join(f"{k[0]} ({k[1]}): {n}" for k, n in sorted(checker.counts.items()))
                             or "no violations"))
    print(f"browser checks: {checker.failures} failures")
    return 1 if checker.failures else 0


if __name__ == "__main__":
    sys.exit(main())
