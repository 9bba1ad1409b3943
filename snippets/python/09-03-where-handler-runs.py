"""A Python signal handler does not run inside the C-level handler.

CPython's C handler only sets a flag; the Python function runs later, in the
main thread.
"""

import signal
import threading

lock = threading.Lock()
calls = []


def on_usr2(signum, frame):
    # Runs in the main thread when the interpreter next checks the flag.
    # It only records what it sees; main prints.
    # Read the lock's state without taking it: the docs say a handler
    # should not use synchronization primitives such as threading.Lock.
    held = lock.locked()
    name = signal.Signals(signum).name
    thread = threading.current_thread().name
    calls.append(f"{name} in {thread}, "
                 f"interrupting {frame.f_code.co_name}(), lock held: {held}")


def work():
    with lock:
        signal.raise_signal(signal.SIGUSR2)
        print("work: raise_signal() returned; "
              f"handler calls so far: {len(calls)}")


signal.signal(signal.SIGUSR2, on_usr2)
work()
for line in calls:
    print(f"handler saw: {line}")
