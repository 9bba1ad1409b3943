"""A closure carries its data with it: each counter has its own `count`."""


def make_counter(name):
    count = 0

    def on_click():
        # nonlocal: `count += 1` rebinds the enclosing variable
        # instead of creating a new local one.
        nonlocal count
        count += 1
        print(f"{name}: clicked {count} time(s)")

    return on_click


def simulate_clicks(callback, times):
    # The caller of the callback knows nothing about `name` or `count`.
    for _ in range(times):
        callback()


ok_button = make_counter("OK")
cancel_button = make_counter("Cancel")
simulate_clicks(ok_button, 2)
simulate_clicks(cancel_button, 1)
simulate_clicks(ok_button, 1)
