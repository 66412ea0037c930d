#!/usr/bin/env python3
"""The HTML report of `samklang check` in a real browser.

For each case (the bundled catalogs of samklang.toml, and the fixture under
tests/scripts/html_report/fixture: forbidden terms, a wrong number, an added
and missing sentences, Arabic, markup-like text), writes the JSON and the HTML
report, lets headless Chromium run the page's script and dump the DOM, and
checks that:
  - the page needs nothing from outside (no http(s) URL in src or href);
  - every finding of the JSON report is listed and highlighted in a table
    cell, and the page counts them;
  - a filter given in the URL hash (#rule=..., #severity=..., #lang=...,
    combined with &) leaves exactly the findings of the JSON report that match
    it listed, highlighted and counted;
  - text from the catalogs stays text (no script of theirs runs), and Arabic
    cells are right to left.
Screenshots land in OUT_DIR (html-report.png for the bundled catalogs).

Usage: check-html-report.py SAMKLANG ROOT OUT_DIR CHROMIUM [CHROMIUM_FLAG...]
Only the standard library; run by scripts/check-html-report.sh.
"""

import collections
import html.parser
import json
import os
import pathlib
import re
import select
import subprocess
import sys
import tempfile

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = {name: (value if value is not None else "") for name, value in attrs}
        self.parent = parent
        self.children = []
        self.text_parts = []

    def classes(self):
        return set(self.attrs.get("class", "").split())

    def text(self):
        out = []

        # Depth-first, in document order.
        def walk(node):
            for part in node.text_parts:
                if isinstance(part, Element):
                    walk(part)
                else:
                    out.append(part)
        walk(self)
        return "".join(out)

    def iter(self):
        yield self
        for child in self.children:
            yield from child.iter()


class TreeBuilder(html.parser.HTMLParser):
    """A small DOM from the dumped page: elements, attributes, text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        self.current.text_parts.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        self.current.text_parts.append(element)

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text_parts.append(data)


def parse(page):
    builder = TreeBuilder()
    builder.feed(page)
    builder.close()
    return builder.root


class DevTools:
    """One headless Chromium driven through the DevTools protocol over a pipe
    (--remote-debugging-pipe: JSON messages ended by NUL on the browser's fds
    3 and 4), so that many pages load in one browser."""

    def __init__(self, chromium, timeout=120):
        self.timeout = timeout
        self.profile = tempfile.TemporaryDirectory()
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        # A shell puts the pipes on fds 3 and 4, where Chromium expects them.
        script = f'exec "$@" 3<&{to_browser_r} 4>&{from_browser_w}'
        self.proc = subprocess.Popen(
            ["sh", "-c", script, "sh", *chromium, "--remote-debugging-pipe",
             f"--user-data-dir={self.profile.name}", "about:blank"],
            pass_fds=(to_browser_r, from_browser_w), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.events = []
        self.next_id = 0
        self.session = None
        targets = self.call("Target.getTargets")["targetInfos"]
        pages = [t["targetId"] for t in targets if t["type"] == "page"]
        target = pages[0] if pages else self.call("Target.createTarget",
                                                  {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")

    def close(self):
        try:
            self.call("Browser.close", session=False)
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_browser)
        os.close(self.from_browser)
        self.profile.cleanup()

    def receive(self):
        while b"\0" not in self.buffer:
            ready, _, _ = select.select([self.from_browser], [], [], self.timeout)
            if not ready:
                raise RuntimeError(f"chromium did not answer in {self.timeout} s")
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=True):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self.receive()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for(self, event):
        while True:
            for i, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: i + 1]
                    return message
            self.events.append(self.receive())

    def navigate(self, url):
        self.events.clear()
        self.call("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression, awaited=False):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": awaited})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def load(self, url):
        """The DOM of a fresh load of `url`, after its scripts ran."""
        self.navigate("about:blank")  # a new document even when only the hash differs
        self.navigate(url)
        return self.evaluate("document.documentElement.outerHTML")

    def html(self):
        return self.evaluate("document.documentElement.outerHTML")


class Checker:
    def __init__(self, samklang, root, out_dir, chromium):
        self.samklang = samklang
        self.root = root
        self.out_dir = out_dir
        self.chromium = chromium
        self.failures = 0
        self.devtools = None

    def check(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what, flush=True)
        if not ok:
            self.failures += 1
        return ok

    def browser(self, *args):
        with tempfile.TemporaryDirectory() as profile:
            run = subprocess.run(self.chromium + [f"--user-data-dir={profile}", *args],
                                 capture_output=True, text=True, timeout=180)
        if run.returncode != 0:
            sys.stderr.write(run.stderr[-2000:])
            raise RuntimeError(f"chromium exited with {run.returncode}")
        return run.stdout

    def dom(self, page, query=""):
        url = page.as_uri() + (("#" + query) if query else "")
        return parse(self.devtools.load(url))

    def screenshot(self, page, png, height):
        self.browser("--hide-scrollbars", f"--screenshot={png}", f"--window-size=1400,{height}",
                     page.as_uri())
        data = png.read_bytes() if png.exists() else b""
        if self.check(data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10000,
                      f"screenshot {png} ({len(data)} bytes)"):
            print(f"screenshot: {png}")

    def samklang_run(self, folder, *args):
        return subprocess.run([self.samklang, "check", *args], cwd=folder, capture_output=True,
                              text=True, timeout=300)

    def case(self, name, folder, png_name):
        print(f"-- {name}: {folder}")
        report = json.loads(self.samklang_run(folder, "--format", "json").stdout)
        findings = report["findings"]
        page = self.out_dir / f"html-report-{name}.html"
        run = self.samklang_run(folder, "--format", "html", "--output", str(page))
        if not self.check(run.returncode in (0, 1) and page.exists(),
                          f"{name}: check --format html wrote {page} (exit {run.returncode})"):
            sys.stderr.write(run.stderr)
            return
        text = page.read_text(encoding="utf-8")
        static = parse(text)
        urls = [e.attrs.get(a, "") for e in static.iter() for a in ("src", "href") if a in e.attrs]
        outside = [u for u in urls if re.match(r"(?i)^(https?:)?//", u)]
        self.check(not outside, f"{name}: no URL outside the page in src or href ({outside[:3]})")
        self.check(any(e.tag == "meta" and e.attrs.get("charset") == "utf-8"
                       for e in static.iter()), f"{name}: <meta charset=\"utf-8\">")

        def expect(query, wanted, tree=None, label=None):
            tree = tree or self.dom(page, query)
            items = [e for e in tree.iter() if e.tag == "li" and "finding" in e.classes()]
            listed = [e.attrs["id"] for e in items if "hidden" not in e.attrs]
            marked = set()
            for e in tree.iter():
                if e.tag == "td" and {"hit", "on"} <= e.classes():
                    marked.update(e.attrs.get("data-f", "").split())
            shown = next((e.text() for e in tree.iter()
                          if e.tag == "output" and e.attrs.get("id") == "shown"), None)
            label = label or (f"{name} #{query}" if query else f"{name} (no filter)")
            self.check(len(items) == len(findings),
                       f"{label}: {len(items)} findings in the list, {len(findings)} in JSON")
            self.check(len(listed) == wanted,
                       f"{label}: {len(listed)} findings listed, JSON has {wanted}")
            self.check(marked == set(listed),
                       f"{label}: {len(marked)} findings highlighted in the tables, "
                       f"the same as listed")
            self.check(shown == str(wanted), f"{label}: the page counts {shown}, JSON {wanted}")
            return tree

        tree = expect("", len(findings))
        by_rule = collections.Counter(f["rule"] for f in findings)
        absent = next(r for r in ("term-missing", "term-dnt", "placeholder-mismatch")
                      if r not in by_rule)
        for rule in sorted(by_rule) + [absent]:
            expect(f"rule={rule}", by_rule[rule])
        by_lang = collections.Counter(f["target_lang"] for f in findings)
        for lang in sorted(report["summary"]):
            expect(f"lang={lang}", by_lang[lang])
        by_severity = collections.Counter(f["severity"] for f in findings)
        for severity in ("warning", "error"):
            if by_severity[severity]:
                expect(f"severity={severity}", by_severity[severity])
        if findings:
            first = findings[0]
            both = sum(1 for f in findings
                       if f["rule"] == first["rule"] and f["target_lang"] == first["target_lang"])
            expect(f"rule={first['rule']}&lang={first['target_lang']}", both)
            rules = sorted(by_rule)[:2]
            expect("rule=" + ",".join(rules), sum(by_rule[r] for r in rules))

        # The filters change live: a new hash, then a click on a language.
        if findings:
            rule = sorted(by_rule)[0]
            self.dom(page)
            self.devtools.evaluate(
                "new Promise(function (done) {"
                " window.addEventListener('hashchange', function () { setTimeout(done, 0); },"
                " {once: true});"
                f" location.hash = 'rule={rule}'; }})", awaited=True)
            expect("", by_rule[rule], parse(self.devtools.html()),
                   f"{name}: after the hash changed to #rule={rule}")
            lang = findings[0]["target_lang"]
            self.devtools.evaluate("document.getElementById('reset').click(); "
                                   f"document.querySelector('input[name=lang][value=\"{lang}\"]')"
                                   ".click()")
            expect("", len(findings) - by_lang[lang], parse(self.devtools.html()),
                   f"{name}: after 'show all' and unticking {lang}")
            others = ",".join(sorted(set(report["summary"]) - {lang}))
            hash_now = self.devtools.evaluate("decodeURIComponent(location.hash)")
            self.check(hash_now == f"#lang={others}",
                       f"{name}: the URL hash follows the filters ({hash_now})")

            # A marked cell shows its findings (one of their rules) on keyboard focus.
            self.dom(page)
            shown = self.devtools.evaluate(
                "(function () { var cell = document.querySelector('td.hit.on');"
                " var tip = cell.querySelector('.tip');"
                " var before = getComputedStyle(tip).display; cell.focus();"
                " return [before, getComputedStyle(tip).display, tip.textContent]; })()")
            self.check(shown[0] == "none" and shown[1] == "block" and
                       any(r in shown[2] for r in by_rule),
                       f"{name}: a marked cell's tooltip shows on focus ({shown[:2]})")

        scripts = [e for e in tree.iter() if e.tag == "script"]
        title = next((e.text() for e in tree.iter() if e.tag == "title"), "")
        self.check(len(scripts) == 1 and title == f"samklang check: {len(findings)} findings",
                   f"{name}: only the page's own script ran (title '{title}')")
        for lang in report["summary"]:
            cells = [e for e in tree.iter() if e.tag == "td" and e.attrs.get("lang") == lang]
            rtl = lang.split("-")[0] in ("ar", "he", "fa", "ur")
            self.check(cells and all((e.attrs.get("dir") == "rtl") == rtl for e in cells),
                       f"{name}: {len(cells)} {lang} cells, dir=\"rtl\" {'on' if rtl else 'off'}")
        self.screenshot(page, self.out_dir / png_name, 3000)
        return tree

    def run(self):
        self.devtools = DevTools(self.chromium)
        try:
            return self.run_cases()
        finally:
            self.devtools.close()

    def run_cases(self):
        self.case("bundled", self.root, "html-report.png")
        fixture = self.root / "tests/scripts/html_report/fixture"
        tree = self.case("fixture", fixture, "html-report-fixture.png")
        if tree is not None:
            texts = [e.text() for e in tree.iter() if e.tag == "td" and e.attrs.get("lang") == "en"]
            self.check(any('<script>document.title="pwned"</script> & "quotes"' in t
                           for t in texts),
                       "fixture: markup in a catalog shows as text")
        print(f"{self.failures} failed" if self.failures else "all html report checks passed")
        return 1 if self.failures else 0


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    samklang, root, out_dir = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    out_dir.mkdir(parents=True, exist_ok=True)
    checker = Checker(os.path.abspath(samklang), root.resolve(), out_dir.resolve(), sys.argv[4:])
    sys.exit(checker.run())


if __name__ == "__main__":
    main()
