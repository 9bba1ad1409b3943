"""A future stores its task's exception; result() raises it again in the
caller's thread."""
from concurrent.futures import ThreadPoolExecutor


def parse_port(text):
    if not text.isdigit():
        # raised inside the worker thread
        raise ValueError(f"not a number: {text!r}")
    port = int(text)
    if not 1 <= port <= 65535:
        raise ValueError(f"port out of range: {port}")
    return port


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse_port, t) for t in ["8080", "http", "70000"]]

# Only the main thread prints, in input order, after the pool has shut
# down.
for f in futures:
    error = f.exception()  # the stored exception, or None
    error_name = type(error).__name__ if error else None
    print(f"done={f.done()} exception={error_name}")
    try:
        print(f"  result() = {f.result()}")
    except ValueError as e:
        print(f"  result() raised {type(e).__name__}: {e}")
