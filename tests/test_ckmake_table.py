"""scripts/ckmake-table's link-pass section: each failed module with its first error, by path."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "ckmake-table"


def table():
    loader = importlib.machinery.SourceFileLoader("ckmake_table", str(SCRIPT))
    spec = importlib.util.spec_from_loader("ckmake_table", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


FAILED = ["d/broadcom/bcmsysport.ko", "d/broadcom/cnic.ko", "d/broadcom/bnxt/bnxt_en.ko",
          "d/tehuti/tehuti.ko", "d/tehuti/tn40xx.ko"]


def test_a_file_goes_to_the_module_named_after_it_or_the_deepest_directory():
    t = table()
    assert t.module_of("d/broadcom/cnic.c", FAILED) == "d/broadcom/cnic.ko"
    assert t.module_of("d/broadcom/bnxt/bnxt.h", FAILED) == "d/broadcom/bnxt/bnxt_en.ko"
    assert t.module_of("d/broadcom/bnxt/sub/x.c", FAILED) == "d/broadcom/bnxt/bnxt_en.ko"
    assert t.module_of("d/tehuti/tn40.c", FAILED) is None        # none of the dir's modules is named so
    assert t.module_of("/k/include/linux/x.h", FAILED) is None


def test_the_link_pass_section(tmp_path, capsys):
    d = lambda f, sev="error": {"severity": sev, "kind": "undeclared", "symbol": "x", "file": f, "line": 3}
    report = {"release": {"name": "r"}, "target": "allyesconfig", "jobs": 2, "wall_seconds": 1.0,
              "summary": {}, "triage": [],
              "kernels": [{"kernel": "k1", "status": "FAIL", "warnings": 0, "errors": 3, "duration": 1.0,
                           "reason": "", "modules": ["d/ok.ko"], "modules_enabled": [], "modules_compiled": [],
                           "diagnostics": [d("d/broadcom/cnic.c", "warning"), d("d/broadcom/cnic.c"),
                                           d("d/broadcom/bnxt/bnxt.c"), d("d/broadcom/bnxt/bnxt.h")],
                           "link_pass": {"ran": True, "note": "link pass: N",
                                         "left_out": {"d/broadcom/cnic.ko": "did not compile",
                                                      "d/broadcom/bnxt/bnxt_en.ko": "did not compile",
                                                      "d/u.ko": "CPTCFG_U: depends on CNIC"},
                                         "undefined": {"d/q.ko": ["a", "b"]}}}]}
    p = tmp_path / "r.json"
    p.write_text(json.dumps(report))
    assert table().main(str(p)) == 0
    out = capsys.readouterr().out.splitlines()
    at = out.index("k1: link pass: N")
    assert out[at + 1:at + 6] == [
        "- did not compile (2), errors by path and the first one:",
        "  - d/broadcom/bnxt/bnxt_en.ko: 2; undeclared: x at d/broadcom/bnxt/bnxt.c:3",
        "  - d/broadcom/cnic.ko: 1; undeclared: x at d/broadcom/cnic.c:3",
        "- left out with them (1): d/u.ko (CPTCFG_U: depends on CNIC)",
        "- linked with undefined symbols (1): d/q.ko: a, b",
    ]
