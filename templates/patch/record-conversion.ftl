${prefix}: use the loaded-mm helpers instead of task_struct::active_mm

Read and write active_mm through current_active_mm(),
set_current_active_mm() and set_task_active_mm(), and record the mm a
switch loads with record_loaded_mm(), so that these places keep working
once ${option} takes the member away.  The record is written
after the switch, with interrupts off: a shootdown that scans the
records must not skip a CPU that still has a dying lazy mm loaded.

Without the option the helpers are the member accesses they replace, so
nothing changes.
