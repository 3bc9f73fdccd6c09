/* <kunit/static_stub.h>: Linux 6.3 ("kunit: Add "hooks" to call into KUnit when it's built as a module" / static stubs);
 * guarded by BPC_KUNIT_STATIC_STUB_H.  Without it no test can redirect, so the
 * redirect is a no-op, as in a !CONFIG_KUNIT kernel. */
#ifndef __BACKPORT_KUNIT_STATIC_STUB_H
#define __BACKPORT_KUNIT_STATIC_STUB_H

/* <kunit/static_stub.h>: Linux 6.3 ("kunit: Add "hooks" to call into KUnit when it's built as a module" / static stubs); probe kunit_static_stub_h (BPC_KUNIT_STATIC_STUB_H) */
#ifdef BPC_KUNIT_STATIC_STUB_H
#include_next <kunit/static_stub.h>
#else
#define KUNIT_STATIC_STUB_REDIRECT(real_fn_name, args...) do {} while (0)
#endif /* BPC_KUNIT_STATIC_STUB_H */

#endif /* __BACKPORT_KUNIT_STATIC_STUB_H */
