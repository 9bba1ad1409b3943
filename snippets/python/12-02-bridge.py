"""Bridging a callback API to await: create a future, let the callback
settle it, await it."""

import asyncio


def legacy_fetch(loop, key, callback):
    """A callback-style API: calls callback(err, value) later, from the
    event loop."""
    if key == "missing":
        loop.call_soon(callback, KeyError(key), None)
    else:
        loop.call_soon(callback, None, f"value of {key}")


async def fetch(key):
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    def callback(err, value):
        # The awaiting side gave up: nobody wants the result.
        if future.cancelled():
            return
        if err is not None:
            future.set_exception(err)
        else:
            future.set_result(value)

    legacy_fetch(loop, key, callback)
    return await future  # suspends until the callback settles the future


async def main():
    print(await fetch("config"))
    try:
        await fetch("missing")
    except KeyError as e:
        print(f"{type(e).__name__} raised at the await: {e.args[0]}")


asyncio.run(main())
