/* Strategies: a table maps names to function pointers; the chosen one
 * decides the outcome. */
#include <stdio.h>
#include <string.h>

static long round_half_up(long cents) { return (cents + 50) / 100; }
static long round_down(long cents) { return cents / 100; }
static long round_half_even(long cents) {
    long whole = cents / 100, rest = cents % 100;
    if (rest > 50 || (rest == 50 && whole % 2 == 1)) whole++;
    return whole;
}

static const struct {
    const char *name;
    long (*fn)(long cents);
} rounding[] = {{"half-up", round_half_up},
                {"down", round_down},
                {"half-even", round_half_even}};
enum { N_ROUNDING = sizeof rounding / sizeof rounding[0] };

/* Returns -1 for an unknown name: C reports it with a value, not an
 * exception. */
static long total(const long *prices, int n, const char *name) {
    for (int s = 0; s < N_ROUNDING; s++) {
        if (strcmp(rounding[s].name, name) != 0) continue;
        long sum = 0;
        for (int i = 0; i < n; i++) sum += rounding[s].fn(prices[i]);
        return sum;
    }
    return -1;
}

int main(void) {
    /* non-negative: / and % truncate toward zero */
    const long prices[] = {250, 350, 199};
    for (int s = 0; s < N_ROUNDING; s++)
        printf("%9s: %ld\n", rounding[s].name,
               total(prices, 3, rounding[s].name));
    printf("unknown strategy \"up\": %ld\n", total(prices, 3, "up"));
    return 0;
}
