"""Strategies: the caller picks a function by name, and that function
decides the outcome."""


def round_half_up(cents):
    return (cents + 50) // 100


def round_down(cents):
    return cents // 100


def round_half_even(cents):
    # Python's round() sends halves to the even neighbour
    return round(cents / 100)


ROUNDING = {
    "half-up": round_half_up,
    "down": round_down,
    "half-even": round_half_even,
}


def total(prices_in_cents, rounding):
    # an unknown name raises KeyError here, before any work is done
    strategy = ROUNDING[rounding]
    return sum(strategy(c) for c in prices_in_cents)


prices = [250, 350, 199]
for name in ROUNDING:
    print(f"{name:>9}: {total(prices, name)}")
try:
    total(prices, "up")
except KeyError as e:
    print(f'unknown strategy "up": {type(e).__name__}')
