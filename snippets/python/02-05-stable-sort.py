"""sorted() is guaranteed stable:
items with equal keys keep their original order."""

people = [("Dana", 2), ("Ali", 1), ("Chen", 2), ("Bo", 1), ("Eve", 2)]

by_group = sorted(people, key=lambda person: person[1])
for name, group in by_group:
    print(group, name)

# Stability lets you sort by several keys in passes:
# secondary key first, primary key last.
by_name = sorted(people, key=lambda person: person[0])
by_group_then_name = sorted(by_name, key=lambda person: person[1])
print([name for name, _ in by_group_then_name])
