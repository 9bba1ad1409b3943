"""A Python signal handler is not run inside the C-level handler: it runs later, in the main thread."""

import signal
import threading

lock = threading.Lock()
calls = []


def on_usr2(signum, frame):
    # CPython's own C handler only set a flag; this function runs in the main thread when the
    # interpreter next checks that flag. It only records what it sees; main prints.
    free = lock.acquire(blocking=False)  # never a blocking acquire in a handler: see below
    if free:
        lock.release()
    calls.append(f"{signal.Signals(signum).name} in {threading.current_thread().name}, "
                 f"interrupting {frame.f_code.co_name}(), lock free: {free}")


def work():
    with lock:
        signal.raise_signal(signal.SIGUSR2)
        print(f"work: raise_signal() returned; handler calls so far: {len(calls)}")


signal.signal(signal.SIGUSR2, on_usr2)
work()
for line in calls:
    print(f"handler saw: {line}")
