"""Unregistering during dispatch: iterating over the live list skips a
listener; a snapshot does not."""


class Signal:
    def __init__(self, snapshot):
        self.listeners = []
        self.snapshot = snapshot

    def connect(self, fn):
        self.listeners.append(fn)

    def disconnect(self, fn):
        self.listeners.remove(fn)

    def emit(self):
        # The list iterator walks by index: removing the current item
        # shifts the next one into its slot, and the iterator then steps
        # over it. A snapshot is a new list that nobody else changes.
        for fn in list(self.listeners) if self.snapshot else self.listeners:
            fn()


def demo(snapshot):
    sig = Signal(snapshot)
    ran = []

    def a_once():
        ran.append("a")
        sig.disconnect(a_once)  # reentrant call into the registry

    sig.connect(a_once)
    sig.connect(lambda: ran.append("b"))
    sig.connect(lambda: ran.append("c"))
    sig.emit()
    label = "snapshot" if snapshot else "live list"
    print(f"{label}: ran {ran}, {len(sig.listeners)} left")


demo(snapshot=False)
demo(snapshot=True)
