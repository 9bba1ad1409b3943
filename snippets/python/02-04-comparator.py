"""Strings sort character by character;
a key (or a comparator) chooses another order."""
from functools import cmp_to_key

numbers_as_text = ["10", "9", "1", "100"]
print(sorted(numbers_as_text))  # lexicographic: "100" < "9" since "1" < "9"
print(sorted(numbers_as_text, key=int))  # numeric


# Python 3 dropped sort(cmp=...);
# an old-style three-way comparator still works through cmp_to_key.
def three_way(a, b):
    # -1, 0 or 1; this form also suits strings, and floats other than NaN.
    return (a > b) - (a < b)


print(sorted([3, -2**63, 2**63 - 1, 0], key=cmp_to_key(three_way)))
