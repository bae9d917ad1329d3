${prefix}: use the loaded-mm helpers instead of task_struct::active_mm

Read and write active_mm through current_active_mm(),
set_current_active_mm() and set_task_active_mm(), and record the mm a
switch loads with record_loaded_mm(), so that these places keep working
once ${option} takes the member away.

Without the option the helpers are the member accesses they replace, so
nothing changes.
