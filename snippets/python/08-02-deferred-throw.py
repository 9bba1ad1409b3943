"""try/except around the call that *schedules* a callback cannot catch what the callback raises."""
import asyncio


def parse_later(text):
    print(f"  callback running: int({text!r})")
    int(text)  # raises ValueError, long after schedule() returned


def loop_handler(loop, context):
    # The loop's last resort for errors from callbacks nobody awaits. The default handler
    # logs a message with a traceback; this one prints a stable line.
    # (context["message"] names the callback's source file, so it is not printed here.)
    exc = context["exception"]
    print(f"loop exception handler: {type(exc).__name__}: {exc}")
    print(f"  context keys: {sorted(context)}")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(loop_handler)
    try:
        loop.call_soon(parse_later, "n/a")
        print("call_soon returned; the try block ends without an exception")
    except ValueError:
        print("never printed: the callback has not even started")
    await asyncio.sleep(0)  # let the loop run the callback
    print("main goes on")


asyncio.run(main())
