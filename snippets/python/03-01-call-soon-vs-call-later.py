"""asyncio stores callbacks and calls them after the registering code has moved on."""
import asyncio


def say(label):
    print(f"  {label}")


async def main():
    loop = asyncio.get_running_loop()

    # Timers run in order of their due time, whatever order they were registered in.
    loop.call_later(0.05, say, "call_later(0.05)")
    loop.call_later(0.01, say, "call_later(0.01)")
    # call_soon: next turn of the loop, in registration order (FIFO).
    loop.call_soon(say, "call_soon A")
    loop.call_soon(say, "call_soon B")

    # A done-callback runs when the future gets its result, not when it is registered.
    future = loop.create_future()
    future.add_done_callback(lambda f: say(f"done-callback: result {f.result()}"))
    loop.call_later(0.06, future.set_result, 42)

    print("main: all registered, none has run yet")
    await future  # main resumes only after the future's earlier callbacks ran
    print("main: resumed after the future completed")


asyncio.run(main())
