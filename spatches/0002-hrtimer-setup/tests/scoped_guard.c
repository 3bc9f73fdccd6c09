// SPDX-License-Identifier: GPL-2.0
/* Shaped after drivers/gpu/drm/msm/msm_perfcntr.c (v7.2.13): the call sits in a
 * scoped_guard block, which spatch parses only with spatches/macros.h. */
#include <linux/hrtimer.h>
#include <linux/cleanup.h>

static int stream_open(struct msm_perfcntr_stream *stream, struct msm_gpu *gpu)
{
	void *buf __free(kfree) = kmalloc(stream->fifo_size, GFP_KERNEL);

	if (!buf)
		return -ENOMEM;

	scoped_guard (mutex, &gpu->perfcntr_lock) {
		hrtimer_setup(&stream->sample_timer, sample_timer,
			      CLOCK_MONOTONIC, HRTIMER_MODE_REL);
		stream->fifo.buf = no_free_ptr(buf);
	}
	return 0;
}
