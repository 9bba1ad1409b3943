"""Python 3's map() and filter() are lazy:
they call nothing until you iterate."""


def square(n):
    print(f"  square({n})")
    return n * n


def is_even(n):
    print(f"  is_even({n})")
    return n % 2 == 0


squares = map(square, [1, 2, 3])
evens = filter(is_even, [1, 2, 3, 4])
print("map() and filter() returned; no callback has run yet")
print(type(squares).__name__, type(evens).__name__)

print("list(squares):")
print(list(squares))
print("list(squares) again:")
print(list(squares))  # an iterator is used up: the callbacks do not run twice

print("list(evens):")
print(list(evens))
