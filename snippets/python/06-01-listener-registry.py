"""A tiny signal/slot registry.

connect() stores callbacks; emit() calls them in registration order.
"""


class Signal:
    def __init__(self, name):
        self.name = name
        self._slots = []

    def connect(self, slot):
        self._slots.append(slot)
        return slot  # so connect can also be used as a decorator

    def emit(self, *args):
        # Blocking callbacks: every slot runs before emit() returns.
        for slot in list(self._slots):
            slot(*args)


saved = Signal("saved")


@saved.connect
def log_save(name):
    print(f"  log: {name} saved")


saved.connect(lambda name: print(f"  backup: copying {name}"))

print("before emit")
saved.emit("report.txt")
print("after emit")
