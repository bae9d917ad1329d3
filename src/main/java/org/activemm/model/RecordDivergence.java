package org.activemm.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One place where an arch switches a lazy CPU away from an mm behind the scheduler's back: the MMU
 * and {@code mm_cpumask()} leave the mm, the scheduler's record ({@code task->active_mm}) still
 * names it (profile field {@code record_diverges}).
 *
 * @param function the kernel function that switches, as a reviewer would grep for it
 * @param file     the file that defines it
 * @param when     when it runs on a lazy CPU
 */
public record RecordDivergence(
        @JsonProperty(value = "function", required = true) String function,
        @JsonProperty(value = "file", required = true) String file,
        @JsonProperty(value = "when", required = true) String when) {
}
