"""A registered signal handler does not keep an asyncio loop running.

Waiting for the signal must be explicit.
"""

import asyncio
import signal


async def forgets_to_wait():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: print("never printed"))
    print("first run: handler registered, forgets_to_wait() returns")


async def waits():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def on_term():
        print("second run: SIGTERM handler sets the event")
        stop.set()

    loop.add_signal_handler(signal.SIGTERM, on_term)
    signal.raise_signal(signal.SIGTERM)  # the program signals itself
    await stop.wait()  # this await, not the handler, keeps waits() running
    print("second run: waits() resumes after the event")


asyncio.run(forgets_to_wait())
print("asyncio.run() returned: the loop is closed")
asyncio.run(waits())
