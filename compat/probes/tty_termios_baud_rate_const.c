/* probe tty_termios_baud_rate(const struct ktermios *): newer than Linux 5.10 (6.1 has it) */
#include <linux/tty.h>

speed_t (*bp_probe)(const struct ktermios *) = tty_termios_baud_rate;
