"""A Python signal handler does not run inside the C-level handler.

CPython's C handler only sets a flag; the Python function runs later, in the
main thread.
"""

import signal
import threading

lock = threading.Lock()
where = "outside work()"  # main code's own note of where it is
calls = []


def on_usr2(signum, frame):
    # Runs in the main thread when the interpreter next checks the flag.
    # It only records what it sees; main prints. It touches no lock: the
    # docs say a handler should not use synchronization primitives such as
    # threading.Lock.
    name = signal.Signals(signum).name
    thread = threading.current_thread().name
    calls.append(f"{name} in {thread}, "
                 f"interrupting {frame.f_code.co_name}(), while {where}")


def work():
    global where
    with lock:
        where = "work() held the lock"
        signal.raise_signal(signal.SIGUSR2)
        print("work: raise_signal() returned; "
              f"handler calls so far: {len(calls)}; "
              f"lock.locked(): {lock.locked()}")
        where = "outside work()"


signal.signal(signal.SIGUSR2, on_usr2)
work()
for line in calls:
    print(f"handler saw: {line}")
