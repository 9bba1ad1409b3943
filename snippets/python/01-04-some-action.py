"""One higher-order function, three behaviours:
the callback is the part that varies."""


def some_action(x, y, some_callback):
    return some_callback(x, y)


def calc_product(x, y):
    return x * y


def calc_sum(x, y):
    return x + y


print(f"product: {some_action(5, 15, calc_product)}")
print(f"sum: {some_action(5, 15, calc_sum)}")
# A lambda is an unnamed function written where it is passed.
print(f"difference: {some_action(5, 15, lambda x, y: x - y)}")
