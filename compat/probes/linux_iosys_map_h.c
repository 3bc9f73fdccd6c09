/* probe <linux/iosys-map.h>: Linux 5.18 ("dma-buf-map: Rename to iosys-map"; 5.11-5.17 had <linux/dma-buf-map.h>) */
#include <linux/iosys-map.h>

bool bp_probe(const struct iosys_map *map);
bool bp_probe(const struct iosys_map *map)
{
	return iosys_map_is_null(map);
}
