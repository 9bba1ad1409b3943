"""A classic double call: the callback itself raises inside the API's try block, so the API's
except clause calls it a second time. Call the callback outside the try, and guard with once()."""

import functools
import json


def parse_buggy(text, callback):
    try:
        callback(None, json.loads(text))  # an error raised *by the callback* lands below too
    except Exception as e:
        callback(e, None)


def parse_fixed(text, callback):
    try:
        value = json.loads(text)
    except ValueError as e:
        callback(e, None)
        return
    callback(None, value)  # outside the try: the callback's own errors are not ours to report


def once(fn):
    """Wrap fn so that only the first call goes through; later calls are reported and dropped."""
    called = False

    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal called
        if called:
            print("  once(): second call ignored")
            return
        called = True
        return fn(*args)

    return wrapper


def make_callback():
    def callback(err, value):
        print(f"  callback(err={type(err).__name__ if err else None}, value={value})")
        if value is not None:
            raise KeyError("port")  # a bug in the caller's callback

    return callback


for api, wrap in ((parse_buggy, lambda f: f), (parse_fixed, lambda f: f), (parse_buggy, once)):
    print(f"{api.__name__}{' + once()' if wrap is once else ''}:")
    try:
        api('{"host": "example.org"}', wrap(make_callback()))
    except KeyError as e:
        print(f"  the caller sees its own error: {type(e).__name__}: {e.args[0]}")
