/* <kunit/visibility.h>: Linux 6.2; guarded by BPC_KUNIT_VISIBILITY_H (otherwise the older home of its contents) */
#ifndef __BACKPORT_KUNIT_VISIBILITY_H
#define __BACKPORT_KUNIT_VISIBILITY_H

/* <kunit/visibility.h>: Linux 6.2; probe kunit_visibility_h (BPC_KUNIT_VISIBILITY_H) (otherwise the older home of its contents) */
#ifdef BPC_KUNIT_VISIBILITY_H
#include_next <kunit/visibility.h>
#else
#define VISIBLE_IF_KUNIT static
#define EXPORT_SYMBOL_IF_KUNIT(symbol)
#endif /* BPC_KUNIT_VISIBILITY_H */

#endif /* __BACKPORT_KUNIT_VISIBILITY_H */
