"""Three ways to give each callback its own value instead of the shared
variable."""
from functools import partial

# 1. A default argument is evaluated once, when the function is defined.
with_default = [lambda i=i: f"default argument: {i}" for i in range(3)]


# 2. partial stores the current value in the partial object.
def report(i):
    return f"partial: {i}"


with_partial = [partial(report, i) for i in range(3)]


# 3. A factory function: each call creates a new scope with its own `i`.
def make_reporter(i):
    return lambda: f"factory: {i}"


with_factory = [make_reporter(i) for i in range(3)]

for callback in with_default + with_partial + with_factory:
    print(callback())
