"""An exception in a thread does not reach join(): it goes to threading.excepthook."""
import threading

seen = []


def quiet_hook(args):
    # Runs in the dying thread. The default hook prints a traceback to stderr;
    # this one only records a stable line for the main thread to print.
    seen.append(f"excepthook: {args.exc_type.__name__} in {args.thread.name}: {args.exc_value}")


def parse(text):
    int(text)


threading.excepthook = quiet_hook
worker = threading.Thread(target=parse, args=("n/a",), name="parser")
worker.start()
try:
    worker.join()
    print("join() returned normally: the thread's exception did not come back")
except ValueError:
    print("never printed")
print(*seen, sep="\n")
print("fix: use a Future (result() re-raises) or catch inside the thread and hand the error over")
