"""`backports report html|kcidb|compare` on a real sweep (tests/sweep/, see its README):

- hwsim-ok.json: the wireless release's hwsim defconfig on 6.12.117+deb12, 6.1.0-57 and
  5.10.0-46 with --boot;
- hwsim-broken.json: the same release with a deliberate break in mac80211_hwsim (a call of
  kmalloc_size_roundup(), Linux 6.1+, and an unused variable), on the same three kernels plus
  6.12.117+deb12-cloud (a kernel without wireless: the config audit's real case; its cfg80211
  build fails, the release does not handle a kernel without CONFIG_CFG80211), with --boot.

The HTML test renders the page in a real headless Chromium (Debian's `chromium`): a
screenshot is taken, and the DOM Chromium built (--dump-dom) must hold every kernel row and
every triage cluster.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from backports.cli.report import report

FIX = Path(__file__).parent / "sweep"
OK = FIX / "hwsim-ok.json"
BROKEN = FIX / "hwsim-broken.json"
HWSIM = "drivers/net/wireless/virtual/mac80211_hwsim.ko"
K510, K61, K612, CLOUD = "5.10.0-46-amd64", "6.1.0-57-amd64", "6.12.117+deb12-amd64", "6.12.117+deb12-cloud-amd64"


def run(*args):
    return CliRunner().invoke(report, [str(a) for a in args], catch_exceptions=False)


def load(path):
    return json.loads(Path(path).read_text())


# --- the fixtures are what they say -------------------------------------------------------------

def test_fixtures_are_the_real_sweeps():
    ok, broken = load(OK), load(BROKEN)
    assert [k["kernel"] for k in ok["kernels"]] == [K510, K61, K612]
    assert {k["kernel"]: k["status"] for k in ok["kernels"]} == {K510: "OK", K61: "OK", K612: "OK"}
    assert all(HWSIM in k["modules"] for k in ok["kernels"])
    assert {k["kernel"]: k["boot"]["status"] for k in ok["kernels"]} == {K510: "OK", K61: "OK", K612: "OK"}
    b = {k["kernel"]: k for k in broken["kernels"]}
    assert b[K510]["status"] == "FAIL" and "kmalloc_size_roundup" in b[K510]["reason"]
    assert b[K61]["status"] == b[K612]["status"] == "OK"
    # the cloud kernel has no wireless: cfg80211 (the one module its .config keeps) does not compile
    assert b[CLOUD]["status"] == "FAIL" and "no member named ieee80211_ptr" in b[CLOUD]["reason"]
    for k in ok["kernels"] + broken["kernels"]:
        assert (FIX / k["log"]).is_file() and (FIX / k["log"]).read_text().startswith("# reproduce: ")


# --- config audit (real: the cloud kernel has no wireless) --------------------------------------

def test_config_audit_of_the_cloud_kernel_names_the_unmet_dependencies():
    b = {k["kernel"]: k for k in load(BROKEN)["kernels"]}
    audit = {f["symbol"]: f for f in b[CLOUD]["config_audit"]}
    assert audit["MAC80211"]["kind"] == "dependency"
    assert audit["MAC80211"]["reason"] == "unmet dependency: CRYPTO_LIB_ARC4 (CRYPTO_LIB_ARC4=n)"
    assert audit["WLAN"]["reason"] == "unmet dependency: WIRELESS (WIRELESS=n)"
    assert audit["MAC80211_HWSIM"]["reason"] == "unmet dependency: WLAN (WLAN=n); MAC80211 (MAC80211=n)"
    assert "CFG80211" not in audit                      # cfg80211 itself reached the cloud .config
    for k in (K510, K61, K612):
        assert b[k]["config_audit"] == []               # hwsim's symbols all arrived there


# --- HTML in a real browser ------------------------------------------------------------------

class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows: list[dict] = []
        self.clusters: list[dict] = []
        self.links: list[str] = []
        self._cluster = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "tr" and "kernel" in cls:
            self.rows.append(a)
        if tag == "tr" and "cluster" in cls:
            self.clusters.append(a)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "Debian's chromium is needed for the HTML test (scripts/install-deps.sh installs it)"
    return exe


def browse(page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           f"--user-data-dir={tmp_path / 'profile'}", *args, page.absolute().as_uri()],
                          capture_output=True, text=True, timeout=120)


def test_html_report_in_headless_chromium(tmp_path):
    out = tmp_path / "site" / "report.html"
    r = run("html", BROKEN, "-o", out)
    assert r.exit_code == 0 and "4 kernels" in r.output
    text = out.read_text()
    # self-contained: no script, stylesheet, image or font fetched from anywhere
    assert "<script" not in text and "<link" not in text and "src=" not in text and "url(" not in text
    shot = tmp_path / "report.png"
    s = browse(out, tmp_path, "--window-size=1400,2000", f"--screenshot={shot}")
    assert s.returncode == 0, s.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    d = browse(out, tmp_path, "--dump-dom")
    assert d.returncode == 0, d.stderr[-2000:]
    dom = _Dom()
    dom.feed(d.stdout)
    data = load(BROKEN)
    assert [row["data-kernel"] for row in dom.rows] == [k["kernel"] for k in data["kernels"]]
    assert {row["data-kernel"]: row["data-status"] for row in dom.rows} == {k["kernel"]: k["status"] for k in data["kernels"]}
    assert [c["data-title"] for c in dom.clusters] == [c["title"] for c in data["triage"]]
    assert len(dom.clusters) >= 2
    # each kernel's build log is linked, relative to the page, and the link resolves
    logs = [h for h in dom.links if h.endswith(".log") and not h.endswith(".console.log")]
    assert len(logs) == len(data["kernels"])
    assert all((out.parent / h).resolve() == (FIX / k["log"]).resolve() for h, k in zip(logs, data["kernels"]))


def test_html_shows_the_matrix_boots_audit_and_triage():
    from backports.build import html

    data, base = load(BROKEN), FIX
    page = html.render(data, base)
    v = html.view(data, base)
    hwsim = v["modules"].index("mac80211_hwsim")
    states = {row["kernel"]: row["cells"][hwsim]["state"] for row in v["matrix"]}
    assert states == {K510: "failed", K61: "built", K612: "built", CLOUD: "off"}
    cfg = v["modules"].index("cfg80211")
    assert {row["kernel"]: row["cells"][cfg]["state"] for row in v["matrix"]}[CLOUD] == "failed"
    assert {row["kernel"]: row["cells"][hwsim]["warnings"] for row in v["matrix"]}[K61] >= 1
    assert v["checks"] == ["bluetooth", "drm", "ethernet", "wireless"]
    assert {b["kernel"]: [c and c["status"] for c in b["cells"]] for b in v["boots"]}[K61] == ["SKIP", "SKIP", "SKIP", "PASS"]
    assert 'data-symbol="MAC80211"' in page and "CRYPTO_LIB_ARC4 (CRYPTO_LIB_ARC4=n)" in page
    assert "implicit declaration of kmalloc_size_roundup" in page


# --- KCIDB ---------------------------------------------------------------------------------

def test_kcidb_of_the_real_sweep_validates_with_kcidb_io(tmp_path):
    from kcidb_io.schema import LATEST

    r = run("kcidb", BROKEN, "-o", tmp_path / "k.json")
    assert r.exit_code == 0
    io = load(tmp_path / "k.json")
    LATEST.validate(io)                                  # kcidb-io's own schema check
    assert io["version"] == {"major": LATEST.major, "minor": LATEST.minor}
    data = load(BROKEN)
    (co,) = io["checkouts"]
    assert co["git_commit_hash"] == data["release"]["source"]["commit"]
    assert co["git_commit_name"] == "v7.2.13"
    builds = {b["misc"]["kernel"]: b for b in io["builds"]}
    assert list(builds) == [k["kernel"] for k in data["kernels"]]
    assert {k: b["status"] for k, b in builds.items()} == {K510: "FAIL", K61: "PASS", K612: "PASS", CLOUD: "FAIL"}
    assert all(b["checkout_id"] == co["id"] and b["config_name"] == "defconfig-hwsim" for b in builds.values())
    tests = {(t["build_id"], t["path"]): t for t in io["tests"]}
    for k in (K61, K612):
        assert tests[(builds[k]["id"], "boot")]["status"] == "PASS"
        assert tests[(builds[k]["id"], "boot.wireless")]["status"] == "PASS"
    assert not [t for t in io["tests"] if t["build_id"] == builds[K510]["id"]]     # not booted: no test


def test_kcidb_to_stdout_is_the_same_data(tmp_path):
    r = run("kcidb", OK)
    assert r.exit_code == 0
    io = json.loads(r.output)
    assert [b["status"] for b in io["builds"]] == ["PASS", "PASS", "PASS"]
    assert {t["path"] for t in io["tests"]} == {"boot", "boot.wireless", "boot.bluetooth", "boot.drm", "boot.ethernet"}
    assert {t["path"]: t["status"] for t in io["tests"]}["boot.bluetooth"] == "SKIP"     # no hci_vhci in a hwsim release
    assert {t["path"]: t["status"] for t in io["tests"]}["boot.wireless"] == "PASS"


# --- compare -------------------------------------------------------------------------------

def test_compare_ok_to_broken_lists_the_regressions_and_exits_1(tmp_path):
    r = run("compare", OK, BROKEN, "--json", tmp_path / "c.json")
    assert r.exit_code == 1
    c = load(tmp_path / "c.json")
    got = {(x["what"], x["kernel"], x["item"], x["old"], x["new"]) for x in c["regressions"]}
    assert ("build", K510, "", "OK", "FAIL") in got
    assert ("module", K510, HWSIM, "built", "failed") in got
    assert ("check", K510, "wireless", "PASS", "not run (boot NOT_RUN)") in got
    assert ("error", "", "implicit declaration of kmalloc_size_roundup", "", "new") in got
    assert ("warning", "", "unused variable unused_probe_slot", "", "new") in got
    assert not [x for x in c["regressions"] if x["kernel"] in (K61, K612) and x["what"] != "warning"]
    assert c["only_new"] == [CLOUD] and c["only_old"] == []
    assert "build 5.10.0-46-amd64: OK -> FAIL" in r.output


def test_compare_broken_to_ok_is_fixed_and_exits_0():
    r = run("compare", BROKEN, OK)
    assert r.exit_code == 0
    assert "regressions: 0" in r.output
    assert "build 5.10.0-46-amd64: FAIL -> OK" in r.output
    assert "error cluster gone: implicit declaration of kmalloc_size_roundup" in r.output


def test_compare_same_report_no_change():
    r = run("compare", OK, OK)
    assert r.exit_code == 0 and r.output.splitlines()[:2] == ["regressions: 0", "fixed: 0"]


def test_new_warnings_need_not_gate(tmp_path):
    ok, broken = load(OK), load(BROKEN)
    broken["kernels"] = [k for k in broken["kernels"] if k["kernel"] != K510]
    broken["triage"] = [c for c in broken["triage"] if c["severity"] == "warning"]
    p = tmp_path / "warn-only.json"
    p.write_text(json.dumps(broken))
    ok["kernels"] = [k for k in ok["kernels"] if k["kernel"] != K510]
    q = tmp_path / "ok.json"
    q.write_text(json.dumps(ok))
    assert run("compare", q, p).exit_code == 1
    r = run("compare", q, p, "--no-warnings")
    assert r.exit_code == 0 and "new warnings (not gated): " in r.output


@pytest.mark.parametrize("text", ["{}", "not json", '{"format": "other"}'])
def test_not_a_report_is_bad_input(tmp_path, text):
    from backports.errors import UserError

    p = tmp_path / "x.json"
    p.write_text(text)
    with pytest.raises(UserError, match="not a ckmake report"):
        run("html", p, "-o", tmp_path / "x.html")


def backports(*args):
    import sys

    return subprocess.run([sys.executable, "-c", "from backports.cli import main; main()", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def test_compare_exit_codes_through_the_real_cli(tmp_path):
    assert backports("report", "compare", OK, BROKEN).returncode == 1
    assert backports("report", "compare", BROKEN, OK).returncode == 0
    p = backports("report", "compare", OK, tmp_path / "missing.json")
    assert p.returncode == 2 and p.stderr.strip() == f"backports: error: {tmp_path / 'missing.json'}: no such report"
