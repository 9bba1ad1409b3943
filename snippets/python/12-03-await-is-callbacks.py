"""await is callbacks underneath: when the awaited future is still
pending, the coroutine hands it to its Task, the Task adds a done-callback
to it, and that callback resumes the coroutine."""

import asyncio


class LoudFuture(asyncio.Future):
    def add_done_callback(self, fn, *, context=None):
        print("task: main() yielded the pending future; "
              "registering a done-callback")
        super().add_done_callback(fn, context=context)


async def main():
    loop = asyncio.get_running_loop()
    future = LoudFuture(loop=loop)

    def settle():
        print("loop: set_result(42), which schedules the done-callbacks")
        future.set_result(42)

    loop.call_soon(settle)
    value = await future
    print(f"main: resumed by that callback with {value}")
    # Now done: this await returns at once, with no done-callback.
    again = await future
    print(f"main: the done future gave {again} at once, no done-callback")


asyncio.run(main())


# The same machinery with no loop at all: resuming a coroutine is calling
# send() on it.
class Step:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        return (yield f"paused at the {self.name} await")


async def two_steps():
    return await Step("first") + await Step("second")


coro = two_steps()
print(f"driver: {coro.send(None)}")
# The value sent in becomes the result of the first await.
print(f"driver: {coro.send(1)}")
try:
    coro.send(2)
except StopIteration as stop:
    print(f"driver: finished with {stop.value}")
