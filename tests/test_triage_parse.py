"""The diagnostics parser, on real logs captured from Debian header trees (tests/logs/)."""

import re
from pathlib import Path

import pytest

from backports.build import triage

LOGS = Path(__file__).parent / "logs"


def load(case, kernel):
    text = (LOGS / case / f"{kernel}.log").read_text()
    root = re.search(r"^# build copy (\S+)", text, re.M).group(1)
    return text, root


def all_logs(case):
    return sorted((LOGS / case).glob("*.log"))


def test_fixture_logs_are_real_ckmake_logs():
    logs = [p for case in ("collateral", "link", "broken", "smoke") for p in all_logs(case)]
    assert len(logs) >= 20
    for p in logs:
        first = p.read_text().splitlines()[0]
        assert first.startswith("# reproduce: cd ") and "KLIB_BUILD=" in first, p


def test_implicit_declarations_on_5_10():
    text, root = load("collateral", "5.10.0-46-amd64")
    diags = triage.parse(text, root)
    errors = [d for d in diags if d.severity == "error"]
    assert [(d.kind, d.symbol, d.file, d.line) for d in errors] == [
        ("implicit-declaration", "timer_shutdown_sync", "collateral/collateral.c", 19),
        ("implicit-declaration", "get_random_u32_below", "collateral/collateral.c", 20),
    ]
    assert all(d.flag == "-Werror=implicit-function-declaration" for d in errors)
    assert not triage.only_link_errors(diags)


@pytest.mark.parametrize("kernel", ["6.1.0-56-amd64", "6.12.117+deb12-amd64"])
def test_redefinition_where_the_kernel_already_has_it(kernel):
    text, root = load("collateral", kernel)
    errors = [d for d in triage.parse(text, root) if d.severity == "error"]
    assert [(d.kind, d.symbol, d.where()) for d in errors] == [
        ("redefinition", "list_count_nodes", "collateral/collateral.c:6")]
    assert errors[0].oneline() == "redefinition of list_count_nodes at collateral/collateral.c:6"


def test_a_clean_build_has_no_errors():
    text, root = load("collateral", "6.1.0-47-amd64")   # 6.1.170: has all three APIs, no list_count_nodes
    assert [d for d in triage.parse(text, root) if d.severity == "error"] == []


@pytest.mark.parametrize("log", all_logs("link"), ids=lambda p: p.stem)
def test_modpost_undefined_is_a_link_error(log):
    text = log.read_text()
    root = re.search(r"^# build copy (\S+)", text, re.M).group(1)
    diags = triage.parse(text, root)
    assert triage.only_link_errors(diags)
    (d,) = [d for d in diags if d.severity == "error"]
    assert (d.kind, d.symbol, d.file) == ("undefined-symbol", "bp_fixture_unexported", "unexported/unexported.ko")
    assert triage.link_summary(diags) == "undefined: bp_fixture_unexported"


@pytest.mark.parametrize("log", all_logs("smoke"), ids=lambda p: p.stem)
def test_warnings_counted_with_flag(log):
    text = log.read_text()
    root = re.search(r"^# build copy (\S+)", text, re.M).group(1)
    diags = triage.parse(text, root)
    assert [(d.severity, d.kind, d.symbol, d.where(), d.flag) for d in diags] == [
        ("warning", "unused-variable", "unused_here", "warn/warn.c:4", "-Wunused-variable")]


def test_cluster_across_real_kernels():
    per_kernel = {}
    for log in all_logs("collateral"):
        text = log.read_text()
        root = re.search(r"^# build copy (\S+)", text, re.M).group(1)
        per_kernel[log.stem] = triage.parse(text, root)
    from backports.debian.kernels import version_key
    order = sorted(per_kernel, key=version_key)
    clusters = {(c.kind, c.symbol): c for c in triage.cluster(per_kernel, order)}
    # which kernels lack timer_shutdown_sync is read from the logs, not assumed
    lacking = [k for k in order if "implicit declaration of function ‘timer_shutdown_sync’" in
               (LOGS / "collateral" / f"{k}.log").read_text()]
    assert lacking and all(k.startswith("5.10.") for k in lacking)
    c = clusters[("implicit-declaration", "timer_shutdown_sync")]
    assert c.kernels == lacking
    assert c.line(order) == (f"implicit declaration of timer_shutdown_sync: "
                             f"{lacking[0].removesuffix('-amd64')}..{lacking[-1].removesuffix('-amd64')} "
                             f"({len(lacking)} kernels), first at collateral/collateral.c:19")
    redef = clusters[("redefinition", "list_count_nodes")]
    assert "6.1.0-47-amd64" not in redef.kernels and "6.1.0-56-amd64" in redef.kernels
    assert redef.count == len(redef.kernels)
