// Upstream: "net: mdio: Add dedicated C45 API to MDIO bus drivers" (the .read_c45/.write_c45 members), then the drivers' conversions (v6.3)
// Version: v6.3
// Decided-by: probe BPC_MII_BUS_READ_C45 (compat/probes/mii_bus_read_c45.c), in compat linux/phy.h
// Subsystems: ethernet
// Prefilter: read_c45 || write_c45
//
// Since v6.3 an MDIO bus driver gives C45 accesses their own methods, .read_c45/.write_c45;
// before, a C45 access reaches .read/.write with MII_ADDR_C45 in regnum. Each store
// "bus->read_c45 = fn" becomes bp_mii_bus_set_read_c45(bus, fn, bp_fn_c22) (or
// _read_c45_only when no .read was stored before it on that path, e.g. mvmdio's XSMI bus),
// and likewise for writes. bp_fn_c22, generated before the function doing the stores where
// the target lacks the members, is the .read/.write that dispatches on MII_ADDR_C45 between
// fn and the C22 method stored before it on the same path (compat linux/phy.h). A file whose
// hand delta installs its own dispatchers is left alone: ixgbe (delta 0521) stores accessors
// it picked at run time into local variables, so no C45 method is known by name there.

@initialize:python@
@@
# function -> its line before any change (positions of changed code are not source lines);
# C45 method -> the first line of the functions storing it (a wrapper goes before the first)
fn_line = {}
first = {}

@fns@
identifier f;
position p;
@@
f@p(...) {...}

@script:python@
f << fns.f;
p << fns.p;
@@
fn_line.setdefault(f, int(p[0].line))

@done@
expression X;
identifier f =~ "_bp_read$";
@@
X->read = f;

// a C45 read method with the C22 one stored before it on a path
@pr depends on !done exists@
expression X, E;
identifier fn, R22, R45;
@@
fn(...) {
...
X->read = \(R22\|&R22\);
... when != X->read = E
X->read_c45 = \(R45\|&R45\);
...
}

@depends on pr@
expression pr.X;
identifier pr.R45;
fresh identifier W = "bp_" ## R45 ## "_c22";
@@
-X->read_c45 = \(R45\|&R45\);
+bp_mii_bus_set_read_c45(X, R45, W);

// the wrapper follows the C45 method's definition (after the C22 one in every driver), or
// precedes the function doing the stores when the method is another file's
@pr_def@
identifier pr.R45;
type T;
@@
T R45(...) {...}

@depends on pr@
identifier pr.R22, pr.R45;
fresh identifier W = "bp_" ## R45 ## "_c22";
type T;
@@
T R45(...) {...}
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum)
+{
+	return bp_mii_bus_read_c22_c45(bus, addr, regnum, R22, R45);
+}
+#endif
+

// several functions of a file may store the same method: the wrapper goes before the first
@script:python depends on pr && !pr_def@
m << pr.R45;
f << pr.fn;
@@
line = fn_line[f]
if m not in first or line < first[m]:
    first[m] = line

@script:python pr_once depends on pr && !pr_def@
m << pr.R45;
f << pr.fn;
fn;
@@
if fn_line[f] != first[m]:
    cocci.include_match(False)
else:
    coccinelle.fn = f

@depends on pr_once@
identifier pr_once.fn, pr.R22, pr.R45;
fresh identifier W = "bp_" ## R45 ## "_c22";
@@
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum)
+{
+	return bp_mii_bus_read_c22_c45(bus, addr, regnum, R22, R45);
+}
+#endif
+
fn(...) {...}

@pw depends on !done exists@
expression X, E;
identifier fn, W22, W45;
@@
fn(...) {
...
X->write = \(W22\|&W22\);
... when != X->write = E
X->write_c45 = \(W45\|&W45\);
...
}

@depends on pw@
expression pw.X;
identifier pw.W45;
fresh identifier W = "bp_" ## W45 ## "_c22";
@@
-X->write_c45 = \(W45\|&W45\);
+bp_mii_bus_set_write_c45(X, W45, W);

// the wrapper follows the C45 method's definition (after the C22 one in every driver), or
// precedes the function doing the stores when the method is another file's
@pw_def@
identifier pw.W45;
type T;
@@
T W45(...) {...}

@depends on pw@
identifier pw.W22, pw.W45;
fresh identifier W = "bp_" ## W45 ## "_c22";
type T;
@@
T W45(...) {...}
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum, u16 val)
+{
+	return bp_mii_bus_write_c22_c45(bus, addr, regnum, val, W22, W45);
+}
+#endif
+

// several functions of a file may store the same method: the wrapper goes before the first
@script:python depends on pw && !pw_def@
m << pw.W45;
f << pw.fn;
@@
line = fn_line[f]
if m not in first or line < first[m]:
    first[m] = line

@script:python pw_once depends on pw && !pw_def@
m << pw.W45;
f << pw.fn;
fn;
@@
if fn_line[f] != first[m]:
    cocci.include_match(False)
else:
    coccinelle.fn = f

@depends on pw_once@
identifier pw_once.fn, pw.W22, pw.W45;
fresh identifier W = "bp_" ## W45 ## "_c22";
@@
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum, u16 val)
+{
+	return bp_mii_bus_write_c22_c45(bus, addr, regnum, val, W22, W45);
+}
+#endif
+
fn(...) {...}

// what is left has no C22 method stored before it (a C45-only bus)
@ur depends on !done@
expression X;
identifier fn, R45;
@@
fn(...) {
<+...
X->read_c45 = \(R45\|&R45\);
...+>
}

@depends on ur@
expression ur.X;
identifier ur.R45;
fresh identifier W = "bp_" ## R45 ## "_c22";
@@
-X->read_c45 = \(R45\|&R45\);
+bp_mii_bus_set_read_c45_only(X, R45, W);

// the wrapper follows the C45 method's definition (after the C22 one in every driver), or
// precedes the function doing the stores when the method is another file's
@ur_def@
identifier ur.R45;
type T;
@@
T R45(...) {...}

@depends on ur@
identifier ur.R45;
fresh identifier W = "bp_" ## R45 ## "_c22";
type T;
@@
T R45(...) {...}
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum)
+{
+	return bp_mii_bus_read_c22_c45(bus, addr, regnum, NULL, R45);
+}
+#endif
+

// several functions of a file may store the same method: the wrapper goes before the first
@script:python depends on ur && !ur_def@
m << ur.R45;
f << ur.fn;
@@
line = fn_line[f]
if m not in first or line < first[m]:
    first[m] = line

@script:python ur_once depends on ur && !ur_def@
m << ur.R45;
f << ur.fn;
fn;
@@
if fn_line[f] != first[m]:
    cocci.include_match(False)
else:
    coccinelle.fn = f

@depends on ur_once@
identifier ur_once.fn, ur.R45;
fresh identifier W = "bp_" ## R45 ## "_c22";
@@
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum)
+{
+	return bp_mii_bus_read_c22_c45(bus, addr, regnum, NULL, R45);
+}
+#endif
+
fn(...) {...}

@uw depends on !done@
expression X;
identifier fn, W45;
@@
fn(...) {
<+...
X->write_c45 = \(W45\|&W45\);
...+>
}

@depends on uw@
expression uw.X;
identifier uw.W45;
fresh identifier W = "bp_" ## W45 ## "_c22";
@@
-X->write_c45 = \(W45\|&W45\);
+bp_mii_bus_set_write_c45(X, W45, W);

// the wrapper follows the C45 method's definition (after the C22 one in every driver), or
// precedes the function doing the stores when the method is another file's
@uw_def@
identifier uw.W45;
type T;
@@
T W45(...) {...}

@depends on uw@
identifier uw.W45;
fresh identifier W = "bp_" ## W45 ## "_c22";
type T;
@@
T W45(...) {...}
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum, u16 val)
+{
+	return bp_mii_bus_write_c22_c45(bus, addr, regnum, val, NULL, W45);
+}
+#endif
+

// several functions of a file may store the same method: the wrapper goes before the first
@script:python depends on uw && !uw_def@
m << uw.W45;
f << uw.fn;
@@
line = fn_line[f]
if m not in first or line < first[m]:
    first[m] = line

@script:python uw_once depends on uw && !uw_def@
m << uw.W45;
f << uw.fn;
fn;
@@
if fn_line[f] != first[m]:
    cocci.include_match(False)
else:
    coccinelle.fn = f

@depends on uw_once@
identifier uw_once.fn, uw.W45;
fresh identifier W = "bp_" ## W45 ## "_c22";
@@
+#ifndef BPC_MII_BUS_READ_C45
+static int W(struct mii_bus *bus, int addr, int regnum, u16 val)
+{
+	return bp_mii_bus_write_c22_c45(bus, addr, regnum, val, NULL, W45);
+}
+#endif
+
fn(...) {...}
