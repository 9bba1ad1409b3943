"""A key function that needs extra data gets it from a closure (or
partial)."""

tasks = ["deploy", "lint", "test", "build"]


def sort_by_priority(items, priority):
    # `priority` is the context; the closure below carries it into sorted().
    return sorted(items, key=lambda item: priority[item])


release = {"lint": 0, "build": 1, "test": 2, "deploy": 3}
hotfix = {"build": 0, "deploy": 1, "test": 2, "lint": 3}
print(sort_by_priority(tasks, release))
print(sort_by_priority(tasks, hotfix))
