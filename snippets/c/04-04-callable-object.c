/* The nearest thing to a callable object in C: a struct whose first
   member is the function pointer, so the callee can call it with the
   struct itself as context. */
#include <stddef.h>
#include <stdio.h>

struct callable {
    int (*call)(struct callable *self, int amount);
};

struct accumulator {
    /* First member: a pointer to it converts back to the whole struct. */
    struct callable base;
    int total;
};

static int accumulator_call(struct callable *self, int amount) {
    struct accumulator *acc = (struct accumulator *)self;
    acc->total += amount;
    return acc->total;
}

static void apply_each(struct callable *f, const int *values, int *results,
                       size_t n) {
    for (size_t i = 0; i < n; i++) {
        results[i] = f->call(f, values[i]);
    }
}

int main(void) {
    struct accumulator running_sum = {{accumulator_call}, 100};
    int values[] = {1, 2, 3};
    int results[3];

    apply_each(&running_sum.base, values, results, 3);
    printf("[%d, %d, %d]\n", results[0], results[1], results[2]);
    printf("state kept on the object: %d\n", running_sum.total);
    return 0;
}
