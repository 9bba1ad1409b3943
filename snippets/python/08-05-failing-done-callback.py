"""A done-callback that raises is logged and ignored: the future and later callbacks are unharmed."""
import logging
from concurrent.futures import Future


class PrintHandler(logging.Handler):
    # The library logs "exception calling callback for %r" with the future's repr, which
    # contains a memory address; print the unformatted message and the exception type.
    def emit(self, record):
        exc_type = record.exc_info[0].__name__
        print(f"  logged by {record.name!r} at {record.levelname}: {record.msg!r} + {exc_type}")


logging.getLogger("concurrent.futures").addHandler(PrintHandler())
logging.getLogger("concurrent.futures").propagate = False  # no second copy on stderr


def broken(fut):
    print("  broken callback: dividing by zero")
    1 / 0


def fine(fut):
    print(f"  fine callback: result is {fut.result()}")


fut = Future()
fut.add_done_callback(broken)
fut.add_done_callback(fine)
fut.set_result(42)  # runs both callbacks now, in this thread, in registration order
print(f"set_result returned normally; fut.result() = {fut.result()}")
