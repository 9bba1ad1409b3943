"""try/except around the call that *schedules* a callback cannot catch
what the callback raises."""
import asyncio


def parse_later(text):
    print(f"  callback running: parse {text!r}")
    if not text.isdigit():
        # raised long after call_soon() returned
        raise ValueError(f"not a number: {text!r}")


def loop_handler(loop, context):
    # The loop's last resort for errors from callbacks nobody awaits.
    # CPython's default handler logs context["message"] and a traceback;
    # this one prints only what it needs.
    exc = context["exception"]
    print(f"loop exception handler: {type(exc).__name__}: {exc}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(loop_handler)
    try:
        loop.call_soon(parse_later, "n/a")
        print("call_soon returned; the try block ends without an exception")
    except ValueError:
        print("never printed: the callback has not even started")
    # call_soon callbacks run in registration order, so parse_later runs
    # before this one.
    later = loop.create_future()
    loop.call_soon(later.set_result, None)
    await later
    print("main goes on: the loop called the handler and carried on")


asyncio.run(main())
