"""A blocking callback's exception travels up through sorted(), which does
not catch it, to sorted()'s caller."""


def price(item):
    print(f"  key({item!r})")
    return float(item)  # "n/a" raises ValueError


items = ["3.5", "1.25", "n/a", "2"]
try:
    print(sorted(items, key=price))
except ValueError as e:
    # sorted() called the key, the key raised, and sorted() let the
    # exception pass through.
    print(f"caught {type(e).__name__} from the key function; no result")
    print(f"items unchanged: {items}")
