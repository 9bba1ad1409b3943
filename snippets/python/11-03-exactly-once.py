"""A classic double call: the callback itself raises inside the API's try
block, so the API's except clause calls it a second time. Call the
callback outside the try, and guard with once()."""

import functools
import json


def parse_buggy(text, callback):
    try:
        # An error raised *by the callback* lands in the except clause too.
        callback(None, json.loads(text))
    except Exception as e:
        callback(e, None)


def parse_fixed(text, callback):
    try:
        value = json.loads(text)
    except ValueError as e:
        callback(e, None)
        return
    # Outside the try: the callback's own errors are not ours to report.
    callback(None, value)


def once(fn):
    """Wrap fn so that only the first call goes through; later calls are
    reported and dropped."""
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
        name = type(err).__name__ if err else None
        print(f"  callback(err={name}, value={value})")
        if value is not None:
            raise KeyError("port")  # a bug in the caller's callback

    return callback


def as_is(fn):
    return fn


for api, wrap in ((parse_buggy, as_is), (parse_fixed, as_is),
                  (parse_buggy, once)):
    print(f"{api.__name__}{' + once()' if wrap is once else ''}:")
    try:
        api('{"host": "example.org"}', wrap(make_callback()))
    except KeyError as e:
        name, key = type(e).__name__, e.args[0]
        print(f"  the caller sees its own error: {name}: {key}")
