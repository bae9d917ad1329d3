/* Stand-in: the CPU hotplug lock, which the shoot-down takes for reading. */
#ifndef STUB_LINUX_CPU_H
#define STUB_LINUX_CPU_H

void cpus_read_lock(void);
void cpus_read_unlock(void);

#endif
