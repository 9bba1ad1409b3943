"""A GUI toolkit simulated: widgets store callbacks, a main loop
dispatches queued input events.

There is no display here, so a scripted list of events stands in for
the user. Tkinter works the same way: Button(command=on_click), then
root.mainloop().
"""
from collections import deque


class Button:
    def __init__(self, label, command):
        self.label = label
        self.command = command  # stored now, called later by the loop


class MainLoop:
    def __init__(self):
        self.widgets = {}
        self.queue = deque()

    def add(self, widget):
        self.widgets[widget.label] = widget

    def run(self):
        # The toolkit owns this loop; your code only runs inside callbacks.
        while self.queue:
            kind, target = self.queue.popleft()
            print(f"loop: {kind} on {target!r}")
            if kind == "click":
                self.widgets[target].command()


loop = MainLoop()
count = 0


def on_ok():
    global count
    count += 1
    print(f"  on_ok: clicked {count} time(s)")


def on_quit():
    print("  on_quit: closing")
    loop.queue.clear()  # like root.destroy(): no more events dispatched


loop.add(Button("OK", on_ok))
loop.add(Button("Quit", on_quit))
loop.queue.extend([
    ("click", "OK"), ("key", "OK"), ("click", "OK"), ("click", "Quit"),
    ("click", "OK"),
])
print("setup done; entering the main loop")
loop.run()
print("main loop returned")
