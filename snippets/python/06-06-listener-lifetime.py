"""A registry that holds listeners strongly keeps them alive; weak
references let them go."""
import gc
import weakref


class StrongSignal:
    def __init__(self):
        self.slots = []

    def connect(self, method):
        self.slots.append(method)

    def emit(self, value):
        for slot in list(self.slots):
            slot(value)


class WeakSignal(StrongSignal):
    def connect(self, method):
        # A plain weakref.ref(obj.method) would die at once in CPython:
        # the bound method is a temporary. WeakMethod references the
        # instance and the function separately.
        self.slots.append(weakref.WeakMethod(method))

    def emit(self, value):
        for ref in list(self.slots):
            method = ref()  # None once the instance is gone
            if method is None:
                self.slots.remove(ref)
            else:
                method(value)


class Window:
    def __init__(self, title):
        self.title = title

    def on_theme(self, theme):
        print(f"  {self.title}: switching to {theme}")


for signal in (StrongSignal(), WeakSignal()):
    print(type(signal).__name__)
    window = Window("editor")
    signal.connect(window.on_theme)
    signal.emit("dark")
    del window  # the program's last own reference
    # With only a weak reference left, CPython frees the window right
    # at `del`: its reference count falls to 0. gc.collect() runs the
    # cycle collector, which CPython needs only for objects in reference
    # cycles (none here); a Python without reference counting may free
    # the window only when it collects.
    gc.collect()
    signal.emit("light")
    print(f"  listeners left: {len(signal.slots)}")
