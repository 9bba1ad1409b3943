"""`greet` is the function itself; `greet()` is what calling it returns."""


def greet():
    print("greet ran")
    return "hello"


def call_twice(callback):
    callback()
    callback()


print("passing greet:")
call_twice(greet)  # hands over the function; call_twice calls it, twice

print("passing greet():")
try:
    # Calls greet *now*, once, and hands over its result, "hello".
    call_twice(greet())
except TypeError as error:
    # Only the type: the message's wording belongs to CPython
    # and changes between versions.
    print(f"{type(error).__name__}: "
          "call_twice received a string, not a function")
