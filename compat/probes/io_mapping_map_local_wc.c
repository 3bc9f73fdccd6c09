/* probe io_mapping_map_local_wc()/io_mapping_unmap_local(): upstream v5.11 */
#include <linux/io-mapping.h>

void bp_probe(struct io_mapping *mapping);
void bp_probe(struct io_mapping *mapping)
{
	io_mapping_unmap_local(io_mapping_map_local_wc(mapping, 0));
}
