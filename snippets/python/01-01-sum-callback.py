"""The seed example: main() receives a function, calls it with 1 and 2."""


def callback_func(a, b):
    print(f"Sum = {a + b}")


def main(callback):
    # main decides *when* to call and *with what*;
    # the caller decided *what* happens.
    callback(1, 2)


main(callback_func)
