"""asyncio has one FIFO ready queue: no microtask queue jumps ahead."""
import asyncio


def say(label):
    print(f"  {label}")


async def coroutine():
    say("task: first step")
    await asyncio.sleep(0)  # pauses: the next step is queued at the back
    say("task: second step")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, say, "call_later(0)")  # a timer, even with delay 0
    loop.call_soon(say, "call_soon A")
    # The task's first step is queued with call_soon.
    task = asyncio.create_task(coroutine())
    future = loop.create_future()
    future.add_done_callback(lambda f: say("done-callback"))
    # set_result queues the done-callbacks with call_soon; none runs here.
    future.set_result(None)
    loop.call_soon(say, "call_soon B")
    say("main: sync code first")
    await task


asyncio.run(main())
