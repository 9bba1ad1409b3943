"""Any object with __call__ can be a callback, and it keeps its state in
attributes."""


class Accumulator:
    def __init__(self, start):
        self.total = start

    def __call__(self, amount):
        self.total += amount
        return self.total


def apply_each(callback, values):
    return [callback(v) for v in values]


running_sum = Accumulator(100)
print(callable(running_sum), type(running_sum).__name__)
print(apply_each(running_sum, [1, 2, 3]))
print("state kept on the object:", running_sum.total)
