"""threading.Thread(target=f, args=...) calls f back on a new thread; the main thread reports."""

import threading

CHUNKS = [range(1, 101), range(101, 1001), range(1001, 10001)]
results = [None] * len(CHUNKS)  # one slot per input: no thread writes another's slot


def work(index, numbers):
    # Runs on the worker thread: compute only, print nothing (output order would be a race).
    results[index] = sum(numbers)


threads = [threading.Thread(target=work, args=(i, chunk)) for i, chunk in enumerate(CHUNKS)]
for t in threads:
    t.start()
for t in threads:
    t.join()  # after join(), the worker's writes are visible to the main thread

# Only the main thread prints, in input order, whatever order the workers finished in.
for chunk, total in zip(CHUNKS, results, strict=True):
    print(f"sum({chunk.start}..{chunk.stop - 1}) = {total}")
