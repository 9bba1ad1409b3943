"""A done-callback runs in the thread that completes the future, or at once if it is already
done (CPython's concurrent.futures)."""

import threading
from concurrent.futures import ThreadPoolExecutor

log = []  # the callbacks record; only the main thread prints
callback_ran = threading.Event()


def on_done(label):
    def callback(future):
        where = "main" if threading.current_thread() is threading.main_thread() else "worker"
        log.append(f"{label}: callback got {future.result()} in the {where} thread")
        callback_ran.set()

    return callback


with ThreadPoolExecutor(max_workers=1) as pool:
    # Pending future: the worker waits until the callback is registered, so the order is fixed.
    registered = threading.Event()
    pending = pool.submit(lambda: registered.wait() and 6 * 7)
    pending.add_done_callback(on_done("pending"))
    log.append("pending: add_done_callback() returned")
    registered.set()
    callback_ran.wait()  # result() can return before the callbacks have run: wait for ours

    # Already-done future: add_done_callback calls back immediately, before it returns.
    done = pool.submit(lambda: 2 + 2)
    done.result()
    done.add_done_callback(on_done("done"))
    log.append("done: add_done_callback() returned")

print("\n".join(log))
