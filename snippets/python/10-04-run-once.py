"""Python has no pthread_once; a lock and a flag give the same guarantee: init runs exactly once."""

import threading

calls = []
_lock = threading.Lock()
_done = False


def init():
    calls.append("init")


def call_once(fn):
    global _done
    with _lock:  # a second thread waits here until the first has finished fn()
        if not _done:
            fn()
            _done = True


threads = [threading.Thread(target=call_once, args=(init,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"4 threads asked, init ran {len(calls)} time(s)")
