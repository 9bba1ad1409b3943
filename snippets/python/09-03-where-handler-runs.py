"""A Python signal handler is not run inside the C-level handler: it runs later, in the main thread."""

import signal
import threading

calls = []


def on_usr1(signum, frame):
    # CPython's own C handler only set a flag; this function runs at the next bytecode
    # boundary of the main thread, so ordinary code (print, locks, allocation) is allowed.
    print(f"handler: {signal.Signals(signum).name} in {threading.current_thread().name}, "
          f"interrupting {frame.f_code.co_name}()")
    calls.append(signum)


def work():
    signal.raise_signal(signal.SIGUSR1)
    print("work: raise_signal() returned")


signal.signal(signal.SIGUSR1, on_usr1)
work()
work()
print(f"main: handler ran {len(calls)} times")
