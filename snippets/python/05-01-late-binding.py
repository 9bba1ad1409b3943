"""Closures capture variables, not values: every callback sees the loop variable's last value."""

callbacks = []
for i in range(3):
    callbacks.append(lambda: f"lambda sees i = {i}")

for i in range(3):

    def handler():
        return f"def sees i = {i}"  # `def` behaves exactly like `lambda`

    callbacks.append(handler)

# The loop has finished: there is one `i`, and it now holds 2.
for callback in callbacks:
    print(callback())

# Change the variable and the callbacks follow it: they never stored a value.
i = 99
print(callbacks[0]())
