"""A listener removes another one while emit() is running: two policies, two outcomes."""


class SnapshotSignal:
    """Iterates over a copy: removals take effect at the next emit (like Node's EventEmitter)."""

    def __init__(self):
        self.slots = []

    def emit(self):
        for slot in list(self.slots):
            slot()


class LiveSignal(SnapshotSignal):
    """Checks each slot is still registered before calling it (like the DOM's EventTarget)."""

    def emit(self):
        for slot in list(self.slots):
            if slot in self.slots:
                slot()


for signal in (SnapshotSignal(), LiveSignal()):

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
