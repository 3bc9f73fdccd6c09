// Upstream: devlink_param .get() gained a netlink_ext_ack argument; .validate() takes the value by pointer; .set() gained a netlink_ext_ack argument (v6.7, 5625ca5640ca "devlink: pass extack through to devlink_param::set()")
// Version: newer than Linux 6.12 (get/validate, both in 7.x; Debian 6.12.117 has neither); v6.7 (set; Debian 6.1 and 5.10 lack it)
// Decided-by: probes BPC_DEVLINK_PARAM_GET_EXTACK (probes/devlink_param_get_extack.c), BPC_DEVLINK_PARAM_VALIDATE_PTR (probes/devlink_param_validate_ptr.c), BPC_DEVLINK_PARAM_SET_EXTACK (probes/devlink_param_set_extack.c)
// Subsystems: ethernet
// Prefilter: devlink_param
//
// 7.x devlink param callbacks: get(devlink, id, ctx, extack) and validate(devlink, id,
// union devlink_param_value *val, extack); before, get(devlink, id, ctx) and validate(...,
// union devlink_param_value val, extack); set(devlink, id, ctx, extack) since 6.7, before
// set(devlink, id, ctx) (6.1, 5.10: bp_<callback> passes a NULL extack). The drivers name their
// callbacks in DEVLINK_PARAM_GENERIC(id, cmodes, get, set, validate) and
// DEVLINK_PARAM_DRIVER(id, name, type, cmodes, get, set, validate) entries of a
// struct devlink_param array, often defined in another file (pds_core), so the wrappers go
// before the array, in the file that names them: where the target has the old form, the
// entry names bp_<callback>, which calls the driver's callback with a NULL extack (every
// NL_SET_ERR_MSG* accepts NULL) or with the address of its copy of the value. Where the
// target has the new form bp_<callback> is #defined to the callback itself. One array may
// name several callbacks, and Coccinelle cannot add several blocks before one token, so a
// python script collects each array's callbacks and the rule adds one block, between two
// tentative definitions of one unused static int (a script-made identifier can be added at
// top level only as a declarator).

@initialize:python@
@@
gets = {}
vals = {}
sets = {}

def bp_block(arr):
    out = ""
    for g in gets.get(arr, []):
        out += ("#ifdef BPC_DEVLINK_PARAM_GET_EXTACK\n#define bp_%s %s\n#else\n"
                "static int bp_%s(struct devlink *devlink, u32 id,\n"
                "\t\tstruct devlink_param_gset_ctx *ctx)\n{\n"
                "\treturn %s(devlink, id, ctx, NULL);\n}\n#endif\n" % (g, g, g, g))
    for st in sets.get(arr, []):
        out += ("#ifdef BPC_DEVLINK_PARAM_SET_EXTACK\n#define bp_%s %s\n#else\n"
                "static int bp_%s(struct devlink *devlink, u32 id,\n"
                "\t\tstruct devlink_param_gset_ctx *ctx)\n{\n"
                "\treturn %s(devlink, id, ctx, NULL);\n}\n#endif\n" % (st, st, st, st))
    for v in vals.get(arr, []):
        out += ("#ifdef BPC_DEVLINK_PARAM_VALIDATE_PTR\n#define bp_%s %s\n#else\n"
                "static int bp_%s(struct devlink *devlink, u32 id,\n"
                "\t\tunion devlink_param_value val, struct netlink_ext_ack *extack)\n{\n"
                "\treturn %s(devlink, id, &val, extack);\n}\n#endif\n" % (v, v, v, v))
    name = "bp_devlink_param_wrappers_" + arr
    return name + " __maybe_unused;\n" + out + "static int " + name

@pg exists@
identifier arr, g != NULL;
expression e1, e2, e3, e4, s, v;
@@
struct devlink_param arr[] = { ...,
(
	DEVLINK_PARAM_GENERIC(e1, e2, g, s, v)
|
	DEVLINK_PARAM_DRIVER(e1, e2, e3, e4, g, s, v)
)
	, ... };

@script:python@
arr << pg.arr;
g << pg.g;
@@
l = gets.setdefault(arr, [])
if g not in l:
    l.append(g)

@ps exists@
identifier arr, s != NULL;
expression e1, e2, e3, e4, g, v;
@@
struct devlink_param arr[] = { ...,
(
	DEVLINK_PARAM_GENERIC(e1, e2, g, s, v)
|
	DEVLINK_PARAM_DRIVER(e1, e2, e3, e4, g, s, v)
)
	, ... };

@script:python@
arr << ps.arr;
s << ps.s;
@@
l = sets.setdefault(arr, [])
if s not in l:
    l.append(s)

@pv exists@
identifier arr, v != NULL;
expression e1, e2, e3, e4, g, s;
@@
struct devlink_param arr[] = { ...,
(
	DEVLINK_PARAM_GENERIC(e1, e2, g, s, v)
|
	DEVLINK_PARAM_DRIVER(e1, e2, e3, e4, g, s, v)
)
	, ... };

@script:python@
arr << pv.arr;
v << pv.v;
@@
l = vals.setdefault(arr, [])
if v not in l:
    l.append(v)

@pa@
identifier arr;
@@
struct devlink_param arr[] = { ... };

@script:python mk@
arr << pa.arr;
w;
@@
if arr not in gets and arr not in vals and arr not in sets:
    cocci.include_match(False)
else:
    coccinelle.w = cocci.make_ident(bp_block(arr))

@depends on pg || pv || ps@
identifier pa.arr, mk.w;
@@
+static int w;
struct devlink_param arr[] = { ... };

@depends on pg@
identifier pg.g;
fresh identifier w = "bp_" ## g;
expression e1, e2, e3, e4, s, v;
@@
(
	DEVLINK_PARAM_GENERIC(e1, e2,
-		g
+		w
		, s, v)
|
	DEVLINK_PARAM_DRIVER(e1, e2, e3, e4,
-		g
+		w
		, s, v)
)

@depends on pv@
identifier pv.v;
fresh identifier w = "bp_" ## v;
expression e1, e2, e3, e4, g, s;
@@
(
	DEVLINK_PARAM_GENERIC(e1, e2, g, s,
-		v
+		w
		)
|
	DEVLINK_PARAM_DRIVER(e1, e2, e3, e4, g, s,
-		v
+		w
		)
)

@depends on ps@
identifier ps.s;
fresh identifier w = "bp_" ## s;
expression e1, e2, e3, e4, g, v;
@@
(
	DEVLINK_PARAM_GENERIC(e1, e2, g,
-		s
+		w
		, v)
|
	DEVLINK_PARAM_DRIVER(e1, e2, e3, e4, g,
-		s
+		w
		, v)
)
