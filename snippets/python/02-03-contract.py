"""The higher-order function decides how many arguments
the callback receives."""

digits = ["11", "11", "11"]

# map() with one iterable calls int(s): base 10 every time.
print(list(map(int, digits)))

# map() with two iterables calls int(s, base):
# the same callback, a different contract.
print(list(map(int, digits, [10, 2, 16])))


# sorted(key=) calls the key with exactly one argument;
# a callback that needs two breaks the contract.
def two_args(a, b):
    return a


try:
    sorted(digits, key=two_args)
except TypeError as e:
    # Only the type: the message's wording belongs to CPython
    # and changes between versions.
    print(f"{type(e).__name__}: "
          "sorted() called the key with one argument; two_args needs two")
