"""Cancelling a callback before it runs (a handle) and a running task (an exception inside it)."""

import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    keep = loop.call_later(0.01, fired.append, "kept")
    drop = loop.call_later(0.01, fired.append, "dropped")
    drop.cancel()  # the loop skips a cancelled handle: its callback is never called

    async def download():
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            print("download: cancelled, cleaning up")
            raise  # let the cancellation finish the task

    task = asyncio.create_task(download())
    await asyncio.sleep(0)  # let the task start and reach its await
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: task.cancelled() = {task.cancelled()}")

    await asyncio.sleep(0.02)  # long enough for the kept timer; the order does not depend on it
    print(f"timers fired: {fired}, cancelled handle: {drop.cancelled()}, kept: {keep.cancelled()}")


asyncio.run(main())
