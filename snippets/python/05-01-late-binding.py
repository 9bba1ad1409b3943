"""Closures capture variables, not values: callbacks made in a loop all
see its last value."""


def make_callbacks():
    callbacks = []
    for i in range(3):
        callbacks.append(lambda: f"lambda sees i = {i}")
    # The same `i` again: a for loop does not create a new scope.
    for i in range(3):

        def handler():
            # `def` captures `i` exactly like `lambda`.
            return f"def sees i = {i}"

        callbacks.append(handler)
    return callbacks


callbacks = make_callbacks()
for callback in callbacks:
    print(callback())

# make_callbacks has returned, yet its `i` lives on in one cell that all
# six closures share.
first = callbacks[0]
print("free variables:", first.__code__.co_freevars)
cell = first.__closure__[0]
print("one shared cell:", all(cb.__closure__[0] is cell for cb in callbacks))
print("the cell holds:", cell.cell_contents)

# At module level nothing is captured: the lambda reads the global `i`
# when it is called.
at_module_level = []
for i in range(3):
    at_module_level.append(lambda: f"module-level lambda sees i = {i}")
print("module level, __closure__:", at_module_level[0].__closure__)
i = 99
print(at_module_level[0]())
