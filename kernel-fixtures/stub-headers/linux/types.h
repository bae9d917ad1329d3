/* Stand-in: the kernel's bool, true and false. */
#ifndef STUB_LINUX_TYPES_H
#define STUB_LINUX_TYPES_H

typedef _Bool bool;
enum {
	false = 0,
	true = 1
};

#endif
