"""Zalgo in the standard library: concurrent.futures calls back
sometimes synchronously, asyncio futures never do."""

import asyncio
import concurrent.futures


def order_with(future, already_done):
    """Does the callback run before or after the line that follows
    add_done_callback()?"""
    events = []
    if already_done:
        future.set_result("value")
    future.add_done_callback(lambda f: events.append("callback"))
    events.append("next line")
    if not already_done:
        future.set_result("value")
    return events


# Futures made directly, as the docs allow for tests, so that the test
# runs in one thread.
for already_done in (False, True):
    events = order_with(concurrent.futures.Future(), already_done)
    print(f"concurrent.futures, done before: {already_done!s:5} -> {events}")


async def main():
    loop = asyncio.get_running_loop()
    for already_done in (False, True):
        events = order_with(loop.create_future(), already_done)
        # Let the loop run the callbacks it scheduled with call_soon.
        await asyncio.sleep(0)
        label = "asyncio,            done before:"
        print(f"{label} {already_done!s:5} -> {events}")


asyncio.run(main())
