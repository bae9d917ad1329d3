package org.activemm.model;

/**
 * One step of a counterexample.
 *
 * @param cpu     the CPU that takes it
 * @param text    the step in a kernel developer's words, starting with {@code cpuN:}
 * @param mmAfter M's own fields after the step when the step changed them, else null
 */
public record TraceStep(int cpu, String text, String mmAfter) {
}
