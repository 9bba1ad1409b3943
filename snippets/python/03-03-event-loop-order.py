"""asyncio has one FIFO ready queue: no separate microtask queue jumps ahead of it."""
import asyncio


def say(label):
    print(f"  {label}")


async def coroutine():
    say("task: first step")
    await asyncio.sleep(0)  # yields: the next step goes to the back of the queue
    say("task: second step")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, say, "call_later(0)")  # a timer, even with delay 0
    loop.call_soon(say, "call_soon A")
    task = asyncio.create_task(coroutine())  # its first step is queued with call_soon
    future = loop.create_future()
    future.add_done_callback(lambda f: say("done-callback"))
    future.set_result(None)  # done-callbacks are queued with call_soon, not run here
    loop.call_soon(say, "call_soon B")
    say("main: sync code first")
    await task


asyncio.run(main())
