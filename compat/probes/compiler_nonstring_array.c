/* probe __nonstring_array: newer than Linux 6.12 (__nonstring for arrays of char arrays) */
#include <linux/compiler.h>

char bp_probe[2][4] __nonstring_array;
