/* Macros spatch (coccinelle 1.1.1) does not know and the v7.2 tree uses in ways that
 * break its C parser. Given to every spatch run with --macro-file; part of the cache key.
 * Each definition only has to parse like the real thing, not mean the same. */
#define scoped_guard(_name, args...) for (;;)
#define scoped_cond_guard(_name, _fail, args...) for (;;)
