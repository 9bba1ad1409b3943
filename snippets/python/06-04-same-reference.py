"""Removing a listener: the registry must find the callable it stored."""


class Signal:
    def __init__(self):
        self.slots = []

    def connect(self, slot):
        self.slots.append(slot)

    def disconnect(self, slot):
        self.slots.remove(slot)  # the first item equal (==) to slot

    def emit(self, value):
        for slot in list(self.slots):
            slot(value)


class Logger:
    def write(self, value):
        print(f"  logger got {value}")


changed = Signal()
changed.connect(lambda v: print(f"  lambda got {v}"))
log = Logger()
changed.connect(log.write)
changed.emit(1)

try:
    # Same text, but a new function object, equal only to itself:
    changed.disconnect(lambda v: print(f"  lambda got {v}"))
except ValueError:
    print("a new lambda is not the stored one: ValueError, nothing removed")

# In CPython each attribute access builds a new bound-method object,
# yet two of them compare equal when they wrap the same function and
# the same instance: disconnect(log.write) removes an *equal* object.
print(f"log.write is log.write: {log.write is log.write}")
print(f"log.write == log.write: {log.write == log.write}")
changed.disconnect(log.write)
changed.emit(2)
