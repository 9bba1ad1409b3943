"""json's hooks: the callback's return value replaces what the parser or
encoder would produce."""
import json
from datetime import date

text = (
    '{"title": "launch", "when": {"$date": "2024-05-01"},'
    ' "tags": ["a", "b"]}'
)


def object_hook(obj):
    # Called for every decoded JSON object, innermost first; its result
    # takes the dict's place. Prints each key with its value's type.
    shape = {key: type(value).__name__ for key, value in obj.items()}
    print(f"  object_hook({json.dumps(shape)})")
    if set(obj) == {"$date"}:
        return date.fromisoformat(obj["$date"])
    return obj


doc = json.loads(text, object_hook=object_hook)
print(f"when is a {type(doc['when']).__name__}: {doc['when'].isoformat()}")


def default(value):
    # Called only for values json cannot encode itself; return something
    # it can.
    print(f"  default({type(value).__name__})")
    return {"$date": value.isoformat()}


print(json.dumps(doc, default=default))
