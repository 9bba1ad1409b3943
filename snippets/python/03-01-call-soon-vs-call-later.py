"""asyncio stores callbacks and calls them once main gives control back."""
import asyncio


def say(label):
    print(f"  {label}")


async def main():
    loop = asyncio.get_running_loop()

    # CPython's call_later(d) reads the clock at each call; one reading
    # fixes every due time, so a pause between these calls cannot swap them.
    now = loop.time()
    loop.call_at(now + 0.05, say, "call_at(now + 0.05)")
    loop.call_at(now + 0.01, say, "call_at(now + 0.01)")  # registered second
    # call_soon: on the next turn of the loop, first in, first out.
    loop.call_soon(say, "call_soon A")
    loop.call_soon(say, "call_soon B")

    # set_result does not call the done-callback: it queues it with
    # call_soon, so it runs on a later turn.
    future = loop.create_future()
    future.add_done_callback(
        lambda f: say(f"done-callback: result {f.result()}")
    )
    loop.call_at(now + 0.06, future.set_result, 42)

    print("main: all registered, none has run yet")
    await future  # pauses main; CPython queues its wake-up after the callback
    print("main: resumed after the future completed")


asyncio.run(main())
