"""Parser and clustering on hand-written lines: the formats the real logs do not cover."""

from backports.build import triage


def test_fatal_missing_header_and_linker_and_totals():
    log = "\n".join([
        "/w/rel/net/x.c:3:10: fatal error: linux/bitfield.h: No such file or directory",
        "drivers/a.c:12: warning: some old-style warning without column",
        "ld: drivers/b.o: in function `f':",
        "drivers/b.c:(.text+0x12): undefined reference to `missing_fn'",
        "ERROR: modpost: 2 undefined symbols!",
        "WARNING: modpost: missing MODULE_DESCRIPTION() in net/x.o",
        "make[2]: *** [scripts/Makefile.build:250: net/x.o] Error 1",
    ])
    d = triage.parse(log, "/w/rel")
    assert [(x.severity, x.kind, x.symbol, x.where()) for x in d] == [
        ("error", "missing-header", "linux/bitfield.h", "net/x.c:3"),
        ("warning", "warning", "some old-style warning without column", "drivers/a.c:12"),
        ("error", "undefined-symbol", "missing_fn", "drivers/b.c"),
        ("warning", "modpost-warning", "missing MODULE_DESCRIPTION() in net/x.o", ""),
    ]


def test_same_diagnostic_twice_in_one_log_counts_once():
    line = "/r/a.c:5:1: error: 'FOO' undeclared (first use in this function)"
    d = triage.parse(line + "\n" + line, "/r")
    assert len(d) == 1 and d[0].kind == "undeclared" and d[0].symbol == "FOO"


def test_ranges_split_at_gaps():
    order = ["5.10.0-45-amd64", "5.10.0-46-amd64", "6.1.0-47-amd64", "6.1.0-56-amd64"]
    assert triage.ranges(["5.10.0-45-amd64", "5.10.0-46-amd64", "6.1.0-56-amd64"], order) == \
        "5.10.0-45..5.10.0-46, 6.1.0-56"
    assert triage.ranges(["6.1.0-47-amd64"], order) == "6.1.0-47"


def test_cluster_errors_before_warnings_and_by_breadth():
    e = lambda s: triage.Diagnostic("error", "implicit-declaration", s, "m", "a.c", 1)
    w = triage.Diagnostic("warning", "unused-variable", "x", "m", "b.c", 2)
    per = {"k1": [e("a"), w], "k2": [e("b"), e("a"), w], "k3": [w]}
    cs = triage.cluster(per, ["k1", "k2", "k3"])
    assert [(c.severity, c.symbol, c.kernels) for c in cs] == [
        ("error", "a", ["k1", "k2"]), ("error", "b", ["k2"]), ("warning", "x", ["k1", "k2", "k3"])]
    assert triage.cluster(per, ["k1", "k2", "k3"], warnings=False)[-1].severity == "error"


def test_ranges_keep_a_flavour_apart_from_amd64():
    from backports.build.triage import ranges

    order = ["6.12.117+deb12-amd64", "6.12.117+deb12-cloud-amd64"]
    assert ranges(["6.12.117+deb12-cloud-amd64"], order) == "6.12.117+deb12-cloud"
    assert ranges(order, order) == "6.12.117+deb12..6.12.117+deb12-cloud"
