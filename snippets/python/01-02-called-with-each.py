"""The callee decides when, how often and with which argument it calls."""


def my_callback(n):
    print(f"function my_callback was called with {n}")


def count_to_five(callback):
    # The caller handed over *what* to do; this function alone decides *when*.
    for i in range(5):
        callback(i)


count_to_five(my_callback)
