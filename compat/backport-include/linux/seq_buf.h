/* linux/seq_buf.h: the kernel's header plus the on-stack buffer helpers of 6.7. */
#ifndef __BACKPORT_LINUX_SEQ_BUF_H
#define __BACKPORT_LINUX_SEQ_BUF_H
#include_next <linux/seq_buf.h>

/* DECLARE_SEQ_BUF() and seq_buf_str(): Linux 6.7 ("seq_buf: Introduce DECLARE_SEQ_BUF and
 * seq_buf_str()"), added together; DECLARE_SEQ_BUF is a macro, so #ifndef is the probe. */
#ifndef DECLARE_SEQ_BUF
#define DECLARE_SEQ_BUF(NAME, SIZE)					\
	struct seq_buf NAME = {						\
		.buffer = (char[SIZE]) { 0 },				\
		.size = SIZE,						\
	}

static inline const char *seq_buf_str(struct seq_buf *s)
{
	if (WARN_ON(s->size == 0))
		return "";
	if (s->len < s->size)
		s->buffer[s->len] = 0;
	else
		s->buffer[s->size - 1] = 0;
	return s->buffer;
}
#endif /* DECLARE_SEQ_BUF */

#endif /* __BACKPORT_LINUX_SEQ_BUF_H */
