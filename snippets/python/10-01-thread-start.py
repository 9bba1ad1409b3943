"""threading.Thread(target=f, args=...) calls f back on a new thread;
the workers compute, and only the main thread prints."""

import threading

CHUNKS = [range(1, 5001), range(5001, 10001)]
# One slot per input: no thread writes another thread's slot.
results = [None] * len(CHUNKS)


def work(index, numbers):
    # Runs on a worker thread: compute only. Printing here would put the
    # lines in whatever order the threads happen to finish.
    results[index] = sum(numbers)


threads = [
    threading.Thread(target=work, args=(i, chunk))
    for i, chunk in enumerate(CHUNKS)
]
for t in threads:
    t.start()
for t in threads:
    t.join()  # returns once that worker has finished

# Only the main thread prints, in input order, whichever worker finished
# first.
for chunk, total in zip(CHUNKS, results, strict=True):
    print(f"sum({chunk.start}..{chunk.stop - 1}) = {total}")
