${prefix}: skip active_mm at CPU bring-up under ${option}

A CPU being brought up adopts init_mm as its idle task's active_mm and
takes a reference on it.  Under ${option} there is
neither the member nor the reference; keep both only without the
option.
