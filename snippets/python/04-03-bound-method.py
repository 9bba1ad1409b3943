"""A bound method remembers its object: passing `button.on_click` passes
`self` too."""


class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def on_click(self):
        self.clicks += 1
        print(f"{self.label}: clicked {self.clicks} time(s)")


def simulate_click(callback):
    callback()  # no arguments: `self` is already inside the bound method


ok = Button("OK")
handler = ok.on_click  # not called: a bound method object
print(handler.__self__.label, handler.__func__.__qualname__)
simulate_click(handler)
simulate_click(handler)

# The plain function, taken from the class, has no object attached.
try:
    simulate_click(Button.on_click)
except TypeError as e:
    # Our own words after the type: CPython's message text changes
    # between versions.
    words = "Button.on_click was called with no object for self"
    print(f"{type(e).__name__}: {words}")
