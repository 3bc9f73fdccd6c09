/* probe vm_flags_set(): Linux 6.3, commit bc292ab00f6c ("mm: introduce vma->vm_flags wrapper functions") */
#include <linux/mm.h>

void bp_probe(struct vm_area_struct *vma);
void bp_probe(struct vm_area_struct *vma)
{
	vm_flags_set(vma, VM_IO);
}
