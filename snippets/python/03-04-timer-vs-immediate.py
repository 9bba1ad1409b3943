"""In CPython's event loop, call_later(0) is still a timer: call_soon
callbacks registered after it run first."""
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    loop.call_later(0, done.set_result, None)
    await done


asyncio.run(main())
