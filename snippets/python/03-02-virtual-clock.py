"""sched accepts any clock: with a virtual one, "later" is instant and
always the same."""
import sched


class VirtualClock:
    def __init__(self):
        self.now = 0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds  # instead of waiting, jump ahead


clock = VirtualClock()
scheduler = sched.scheduler(clock.time, clock.sleep)


def say(label):
    print(f"t={clock.time()} {label}")


def tick(remaining):
    say(f"tick, {remaining} left")
    if remaining > 1:
        # A callback may schedule another.
        scheduler.enter(4, 1, tick, (remaining - 1,))


scheduler.enter(10, 1, say, ("ten, registered first",))
# Same time and priority: CPython keeps registration order (FIFO).
scheduler.enter(10, 1, say, ("ten, registered second",))
scheduler.enter(10, 0, say, ("ten, priority 0",))  # lower runs first
scheduler.enter(3, 1, tick, (3,))
print("all registered at t=0; run() starts the clock")
scheduler.run()
print(f"queue empty at t={clock.time()}")
