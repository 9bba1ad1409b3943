"""The callback's answer can stop the caller early: takewhile() and any()
stop asking."""
from itertools import takewhile

readings = [3, 5, 8, 13, 2, 1]


def below_ten(x):
    print(f"  below_ten({x})")
    return x < 10


# takewhile stops at the first False; list(filter(...)) asks about all.
print(f"takewhile: {list(takewhile(below_ten, readings))}")
print(f"filter:    {list(filter(below_ten, readings))}")


def is_even(x):
    print(f"  is_even({x})")
    return x % 2 == 0


# any() over a generator stops at the first True; a list comprehension
# would ask about every item first.
print(f"any even: {any(is_even(x) for x in readings)}")
