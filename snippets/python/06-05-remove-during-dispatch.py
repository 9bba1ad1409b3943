"""A listener removes another one while emit() is running: two
policies, two outcomes."""


class SnapshotSignal:
    """Iterates over a copy: removals take effect at the next emit
    (like Node's EventEmitter)."""

    def __init__(self):
        self.slots = []

    def emit(self):
        for slot in list(self.slots):
            slot()


class LiveSignal(SnapshotSignal):
    """Checks each slot is still registered just before calling it.

    Roughly like the DOM's EventTarget, which skips an entry flagged
    "removed". Unlike it, this asks "is an equal slot in the list?",
    so a slot removed and added back during emit still runs.
    """

    def emit(self):
        for slot in list(self.slots):
            if slot in self.slots:
                slot()


for signal in (SnapshotSignal(), LiveSignal()):
    # first() looks up `signal` and `second` only when it is called.
    # Each iteration emits before the loop rebinds them, so it finds
    # this iteration's objects (late binding, chapter 5).

    def first():
        print("  first: removing second")
        if second in signal.slots:  # removing twice would raise ValueError
            signal.slots.remove(second)

    def second():
        print("  second ran")

    signal.slots += [first, second]
    print(f"{type(signal).__name__}, emit 1:")
    signal.emit()
    print(f"{type(signal).__name__}, emit 2:")
    signal.emit()
