"""functools.partial fixes some arguments now; the callee supplies the rest
later."""
from functools import partial


def log(level, message):
    print(f"[{level}] {message}")


def run_job(name, on_message):
    # The job only knows that on_message takes one argument.
    on_message(f"{name} started")
    on_message(f"{name} finished")


run_job("backup", partial(log, "INFO"))
# A lambda does the same job; it can be clearer when the call is simple.
run_job("cleanup", lambda message: log("DEBUG", message))

warn = partial(log, "WARN")
# A partial object shows what it holds:
print(f"func={warn.func.__name__} args={warn.args}")
