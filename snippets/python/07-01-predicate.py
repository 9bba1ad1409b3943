"""Predicates: the callback answers yes or no, and the caller decides
what to do with each item."""
events = [("KeyPress", 1), ("Expose", 2), ("Expose", 1), ("ButtonPress", 1)]


def is_expose_for(window):
    def predicate(event):
        print(f"  predicate asked about {event[0]} on window {event[1]}")
        return event == ("Expose", window)

    return predicate


# filter() keeps the items the predicate accepts. It is lazy: nothing is
# asked yet.
matches = filter(is_expose_for(1), events)
print("filter object created")
print(f"all matches: {list(matches)}")

# next() over a filter asks only until the first yes, like Xlib's
# XCheckIfEvent.
first = next(filter(is_expose_for(2), events), None)
print(f"first match: {first}")
print(f"none for window 3: {next(filter(is_expose_for(3), events), None)}")
