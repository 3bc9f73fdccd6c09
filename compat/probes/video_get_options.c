/* probe video_get_options() in <video/cmdline.h>: Linux 6.5 (drivers/video/cmdline.c, the video= options moved out of fbdev's fb_get_options()) */
#include <video/cmdline.h>

const char *bp_probe(const char *name);
const char *bp_probe(const char *name)
{
	return video_get_options(name);
}
