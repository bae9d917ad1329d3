${indent}arch_shoot_down_dead_mm(mm);
