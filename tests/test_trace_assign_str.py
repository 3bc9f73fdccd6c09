"""The textual rewrite of one-argument __assign_str(dst) (6.10) into __bp_assign_str(dst, src)
that patches 0304 and 0610 are made with (backports/generate/trace_assign_str.py)."""

import pytest

from backports.generate.trace_assign_str import Unresolved, rewrite


EVENTS = """\
TRACE_EVENT(a,
	TP_STRUCT__entry(
		__string(dev, dev_name(x->dev))
		__string(msg, cond ? f(a, b) : "<none>")
	),
	TP_fast_assign(
		__assign_str(dev);
		__assign_str(msg);
		__assign_str(old, src);
	),
);

TRACE_EVENT(b,
	TP_STRUCT__entry(__string(dev, dev_name(y->dev))),
	TP_fast_assign(__assign_str(dev);),
);
"""


def test_source_from_the_same_event_with_nested_commas():
    out, n = rewrite(EVENTS)
    assert n == 3
    assert "__bp_assign_str(dev, dev_name(x->dev));" in out
    assert '__bp_assign_str(msg, cond ? f(a, b) : "<none>");' in out
    # the second event's own declaration, not the first one's
    assert "TP_fast_assign(__bp_assign_str(dev, dev_name(y->dev));)" in out
    # a two-argument call (an older header) is left as it is
    assert "__assign_str(old, src);" in out


def test_macro_declared_field_takes_the_files_one_source():
    text = ("#define VIF_ENTRY\t__string(vif_name, \\\n\t\t\tsdata->name)\n"
            "#define VIF_ASSIGN\t__entry->x = 1; __assign_str(vif_name)\n"
            "TRACE_EVENT(c,\n\tTP_STRUCT__entry(VIF_ENTRY),\n\tTP_fast_assign(__assign_str(vif_name);),\n);\n")
    out, n = rewrite(text)
    assert n == 2
    assert out.count("__bp_assign_str(vif_name, sdata->name)") == 2


def test_undetermined_source_is_an_error_not_a_guess():
    two = ("#define E1 __string(dev, a)\n#define E2 __string(dev, b)\n"
           "TRACE_EVENT(d, TP_STRUCT__entry(E1), TP_fast_assign(__assign_str(dev);));\n")
    with pytest.raises(Unresolved, match=r"x\.h:3: __assign_str\(dev\): 2 different"):
        rewrite(two, "x.h")
    with pytest.raises(Unresolved, match="no __string"):
        rewrite("TRACE_EVENT(e, TP_fast_assign(__assign_str(nope);));\n")


def test_no_call_no_change():
    text = "TRACE_EVENT(f, TP_STRUCT__entry(__field(int, x)), TP_fast_assign(__entry->x = 1;));\n"
    assert rewrite(text) == (text, 0)
