/* probe struct class .devnode(const struct device *, umode_t *): Linux 6.2, commit ff62b8e6588f ("driver core: make struct class.devnode() take a const *") */
#include <linux/device.h>

static char *bp_devnode(const struct device *dev, umode_t *mode)
{
	return NULL;
}
void bp_probe(struct class *c);
void bp_probe(struct class *c)
{
	c->devnode = bp_devnode;
}
