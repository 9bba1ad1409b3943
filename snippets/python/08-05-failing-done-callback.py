"""A done-callback that raises is logged and ignored: the future and
later callbacks are unharmed."""
import logging
from concurrent.futures import Future


class PrintHandler(logging.Handler):
    # Prints documented LogRecord attributes only: the logger's name, the
    # level, and the type of the exception the record carries. (The
    # message text is the library's and contains a repr.)
    def emit(self, record):
        exc_type = record.exc_info[0].__name__
        print(f"  logged by {record.name!r} at {record.levelname},"
              f" with a {exc_type}")


# "concurrent.futures" is the logger CPython's implementation uses.
logger = logging.getLogger("concurrent.futures")
logger.addHandler(PrintHandler())
logger.propagate = False  # no second copy on stderr


def broken(fut):
    print("  broken callback: dividing by zero")
    1 / 0


def fine(fut):
    print(f"  fine callback: result is {fut.result()}")


# Made by hand to show the mechanism: real code gets its futures from
# Executor.submit, and only executors and tests call set_result.
fut = Future()
fut.add_done_callback(broken)
fut.add_done_callback(fine)
# In CPython 3.11, set_result calls both callbacks, in the order they
# were added.
fut.set_result(42)
print(f"set_result returned normally; fut.result() = {fut.result()}")
fut.add_done_callback(broken)  # already done: called at once, in this call
print("add_done_callback returned normally")
