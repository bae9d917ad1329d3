package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.activemm.generate.Templates;
import org.activemm.lex.CLexer;
import org.activemm.series.facts.FunctionBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShootDownShapeTest {

    private static ShootDownShape.Shape shape(String source) {
        return ShootDownShape.of(FunctionBody.find(CLexer.lex(source.getBytes(StandardCharsets.UTF_8)),
                "arch_shoot_down_dead_mm").orElseThrow().tokens());
    }

    @ParameterizedTest
    @ValueSource(strings = {"piggyback", "ipi-cpumask", "ipi-scan", "ipi-all"})
    void theBodiesGenerateWritesAreTheirStrategies(String strategy) {
        String body = new Templates().render("c/arch-shoot-down-" + strategy + ".c.ftl",
                Map.of("option", "ARCH_NO_TASK_ACTIVE_MM", "loadedMm", "this_cpu_read(cpu_tlbstate.loaded_mm)"));
        assertEquals(strategy, shape("#include <linux/mm.h>\n" + body).strategy());
    }

    @Test
    void handWrittenSpellings() {
        assertEquals("ipi-cpumask", shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n"
                + "\tsmp_call_function_many(mm_cpumask(mm), leave_lazy, mm, 1);\n\tleave_lazy(mm);\n}\n").strategy());
        assertEquals("ipi-all", shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n"
                + "\tif (atomic_read(&mm->mm_users) == 0)\n\t\ton_each_cpu_cond(lazy_on, leave_lazy, mm, true);\n}\n").strategy());
        assertEquals("ipi-scan", shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n\tint cpu;\n\n"
                + "\tfor_each_online_cpu(cpu) {\n\t\tif (per_cpu(cpu_tlbstate.loaded_mm, cpu) == mm)\n"
                + "\t\t\tsmp_call_function_single(cpu, leave_lazy, mm, 1);\n\t}\n}\n").strategy());
        assertEquals("ipi-scan", shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n"
                + "\tcpumask_var_t lazy;\n\tint cpu;\n\n\tcpumask_clear(lazy);\n\tfor_each_possible_cpu(cpu)\n"
                + "\t\tif (READ_ONCE(*per_cpu_ptr(&loaded_mm, cpu)) == mm)\n\t\t\tcpumask_set_cpu(cpu, lazy);\n"
                + "\ton_each_cpu_mask(lazy, leave_lazy, mm, true);\n}\n").strategy());
        assertEquals("piggyback", shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n"
                + "\tif (this_cpu_read(cpu_tlbstate.loaded_mm) == mm)\n\t\tleave_mm(smp_processor_id());\n}\n").strategy());
        assertEquals("refcount", shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n"
                + "\tmmdrop(mm);\n}\n").strategy());
    }

    @Test
    void whatItCannotNameItDoesNotGuess() {
        ShootDownShape.Shape empty = shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n}\n");
        assertNull(empty.strategy());
        assertEquals("the body is empty", empty.unrecognised());
        ShootDownShape.Shape single = shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n"
                + "\tsmp_call_function_single(0, leave_lazy, mm, 1);\n}\n");
        assertFalse(single.recognised());
        assertFalse(shape("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n\tflush_tlb_mm(mm);\n}\n")
                .recognised());
    }
}
