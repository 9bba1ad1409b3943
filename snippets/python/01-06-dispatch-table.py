"""Functions are values: store them in a table,
and look up the behaviour by name."""


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


OPERATIONS = {"+": add, "-": sub, "*": mul}

# The names a user might type, looked up one by one.
for symbol in ["+", "-", "*"]:
    print(f"7 {symbol} 3 = {OPERATIONS[symbol](7, 3)}")
