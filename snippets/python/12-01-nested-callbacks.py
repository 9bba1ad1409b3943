"""Nested callbacks: every step's continuation is written inside the
previous step's callback, and every level repeats the same error check."""

from collections import deque

# A minimal event loop: deferred calls, run in FIFO order at the end.
pending = deque()


def later(cb, *args):
    pending.append((cb, args))


def read_config(cb):
    later(cb, None, {"host": "db.example"})


def connect(host, cb):
    later(cb, None, f"connection to {host}")


def query(conn, sql, cb):
    if sql.startswith("DROP"):
        later(cb, PermissionError("read-only connection"), None)
    else:
        later(cb, None, ["ada", "grace"])


def run(sql, done):
    def on_config(err, config):
        if err:
            return done(err, None)

        def on_connection(err, conn):
            if err:
                return done(err, None)

            def on_rows(err, rows):
                if err:
                    return done(err, None)
                done(None, rows)

            query(conn, sql, on_rows)

        connect(config["host"], on_connection)

    read_config(on_config)


def report(sql):
    def done(err, rows):
        if err:
            print(f"{sql}: {type(err).__name__}: {err.args[0]}")
        else:
            print(f"{sql}: {rows}")

    return done


run("SELECT name", report("SELECT name"))
run("DROP TABLE", report("DROP TABLE"))
print("both runs started; nothing has completed yet")
while pending:
    cb, args = pending.popleft()
    cb(*args)
