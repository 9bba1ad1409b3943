"""print_two_numbers does not know where its numbers come from:
the caller passes the source."""

state = 2463534242


def xorshift_source():
    # The same xorshift32 generator as the C and JavaScript versions,
    # masked to 32 bits.
    global state
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state % 1000


def constant_source():
    return 42


def print_two_numbers(number_source):
    first = number_source()
    second = number_source()
    print(f"{first} and {second}")


print_two_numbers(xorshift_source)
print_two_numbers(xorshift_source)
print_two_numbers(constant_source)
