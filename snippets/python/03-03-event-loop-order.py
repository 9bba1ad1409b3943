"""CPython's event loop has one FIFO ready queue: no microtask queue jumps
ahead."""
import asyncio


def say(label):
    print(f"  {label}")


async def coroutine():
    say("task: first step")
    await asyncio.sleep(0)  # pauses: the next step is queued at the back
    say("task: second step")


async def main():
    loop = asyncio.get_running_loop()
    # In CPython's loop this is a timer, even with delay 0.
    loop.call_later(0, say, "call_later(0)")
    loop.call_soon(say, "call_soon A")
    # CPython queues the task's first step with call_soon.
    task = asyncio.create_task(coroutine())
    future = loop.create_future()
    future.add_done_callback(lambda f: say("done-callback"))
    # set_result queues the done-callbacks with call_soon; none runs here.
    future.set_result(None)
    loop.call_soon(say, "call_soon B")
    print("main: sync code first")
    await task


asyncio.run(main())
