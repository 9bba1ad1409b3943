"""sorted() calls its key function once per element, before it returns."""


def by_length(word):
    # A blocking callback: it runs inside sorted(), while the caller waits.
    print(f"  key({word!r}) -> {len(word)}")
    return len(word)


words = ["kiwi", "fig", "banana", "plum", "apple"]
print("before sorted()")
result = sorted(words, key=by_length)
print("after sorted()")
print(result)
