"""Which thread runs a done-callback? In CPython's concurrent.futures: the
thread that completes the future; or, if the future is already done,
add_done_callback() itself, at once, in the caller's thread."""

import threading
from concurrent.futures import ThreadPoolExecutor

log = []  # the callbacks write here; only the main thread prints
callback_ran = threading.Event()
registered = threading.Event()


def on_done(label):
    def callback(future):
        if threading.current_thread() is threading.main_thread():
            where = "main"
        else:
            where = "worker"
        log.append(f"{label}: callback got {future.result()} "
                   f"in the {where} thread")
        callback_ran.set()

    return callback


def product():
    registered.wait()  # finish only once the callback is registered
    return 6 * 7


with ThreadPoolExecutor(max_workers=1) as pool:
    # Pending: the worker completes the future after we register.
    pending = pool.submit(product)
    pending.add_done_callback(on_done("pending"))
    log.append("pending: add_done_callback() returned")
    registered.set()
    # result() can return before the callbacks have run: wait for ours.
    callback_ran.wait()

    # Already done: add_done_callback() calls back before it returns.
    done = pool.submit(lambda: 2 + 2)
    done.result()
    done.add_done_callback(on_done("done"))
    log.append("done: add_done_callback() returned")

print("\n".join(log))
