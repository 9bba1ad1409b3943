"""atexit handlers run when the interpreter exits, last registered first."""

import atexit


def make_handler(name):
    def handler():
        print(f"exit handler {name}")

    return handler


for name in ("A (registered first)", "B", "C (registered last)"):
    atexit.register(make_handler(name))

print("main: returning")
