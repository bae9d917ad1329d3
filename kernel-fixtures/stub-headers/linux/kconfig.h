/* Stand-in: IS_ENABLED() for options that are either defined to 1 or absent. */
#ifndef STUB_LINUX_KCONFIG_H
#define STUB_LINUX_KCONFIG_H

#define __STUB_ARG_PLACEHOLDER_1 0,
#define __stub_take_second(ignored, val, ...) val
#define __stub_is_defined(x) ___stub_is_defined(x)
#define ___stub_is_defined(val) ____stub_is_defined(__STUB_ARG_PLACEHOLDER_##val)
#define ____stub_is_defined(arg1_or_junk) __stub_take_second(arg1_or_junk 1, 0, 0)
#define IS_ENABLED(option) __stub_is_defined(option)

#endif
