"""Python has no pthread_once; a lock and a flag give the same guarantee:
init runs exactly once, and every caller returns only after it has
finished."""

import threading

calls = []
table = []
_lock = threading.Lock()
_done = False


def init():
    calls.append("init")
    table.extend(i * i for i in range(4))


def call_once(fn):
    global _done
    with _lock:  # other threads wait here until the first has run fn()
        if not _done:
            fn()
            _done = True


seen = [None] * 4  # one slot per thread


def worker(index):
    call_once(init)  # after this, table is ready
    seen[index] = table[3]


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"4 threads asked, init ran {len(calls)} time(s)")
print(f"every thread saw table[3] = {' '.join(map(str, seen))}")
