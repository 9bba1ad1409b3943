"""Cancelling a callback before it runs (a handle) and a task (an
exception thrown into it). An operation still completes once: a cancel
that comes too late changes nothing."""

import asyncio


async def download(log):
    log.append("started")
    try:
        await asyncio.sleep(60)
        return "report"
    except asyncio.CancelledError:
        log.append("cleaned up")  # CancelledError arrived at the await
        raise  # re-raise: swallowing it would deny the cancellation


async def main():
    loop = asyncio.get_running_loop()

    # A handle: the loop skips a callback whose handle was cancelled
    # before it ran.
    fired = []
    keep = loop.call_later(0.01, fired.append, "kept")
    drop = loop.call_later(0.01, fired.append, "dropped")
    drop.cancel()

    # A task, cancelled while pending: CancelledError is raised at its
    # current await.
    log = []
    task = asyncio.create_task(download(log))
    await asyncio.sleep(0)  # let the task start and reach its await
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"cancel while pending : {log}, cancelled() = {task.cancelled()}")

    # Cancelled before its first step: CPython's Task throws the error in
    # before the body starts, so the body never runs.
    log = []
    task = asyncio.create_task(download(log))
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    print(f"cancel before start  : {log}, cancelled() = {task.cancelled()}")

    # Too late: a finished task cannot be cancelled, and its result stands.
    task = asyncio.create_task(asyncio.sleep(0, "report"))
    await task
    cancelled = task.cancel()
    print(f"cancel after success : cancel() = {cancelled}, "
          f"result() = {task.result()!r}")

    # Registered after the 10 ms timers, with a longer delay: due after
    # them. CPython 3.11's loop (BaseEventLoop._run_once in
    # asyncio/base_events.py) runs due timers in order of their due
    # times, so how long this sleep really takes does not change the
    # output.
    await asyncio.sleep(0.02)
    print(f"handles: fired {fired}, dropped.cancelled() = {drop.cancelled()}")


asyncio.run(main())
