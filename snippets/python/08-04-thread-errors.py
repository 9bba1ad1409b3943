"""An exception in a thread does not reach join(): it goes to
threading.excepthook."""
import threading

seen = []


def quiet_hook(args):
    # CPython calls it in the thread that died, before that thread ends.
    # The default hook prints a traceback to stderr; this one only
    # records a line for the main thread to print.
    seen.append(
        f"excepthook: {args.exc_type.__name__} in {args.thread.name}:"
        f" {args.exc_value}"
    )


def parse(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")


threading.excepthook = quiet_hook
worker = threading.Thread(target=parse, args=("n/a",), name="parser")
worker.start()
try:
    worker.join()
    print("join() returned normally: the exception did not come back")
except ValueError:
    print("never printed")
print(*seen, sep="\n")
print("fix: use a Future, or catch in the thread and hand the error over")
