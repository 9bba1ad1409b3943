/* Functions are values: an array pairs each symbol with a function
   pointer, and find() looks the behaviour up by its symbol. */
#include <stddef.h>
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

struct operation {
    char symbol;
    int (*apply)(int, int);
};

static const struct operation OPERATIONS[] = {
    {'+', add}, {'-', sub}, {'*', mul},
};

/* The operation for `symbol`, or NULL when there is none. */
static const struct operation *find(char symbol) {
    size_t count = sizeof OPERATIONS / sizeof OPERATIONS[0];
    for (size_t i = 0; i < count; i++) {
        if (OPERATIONS[i].symbol == symbol) {
            return &OPERATIONS[i];
        }
    }
    return NULL;
}

int main(void) {
    /* The symbols a user might type, looked up one by one. */
    const char typed[] = "+-*";
    for (size_t i = 0; typed[i] != '\0'; i++) {
        const struct operation *op = find(typed[i]);
        if (op != NULL) {
            printf("7 %c 3 = %d\n", op->symbol, op->apply(7, 3));
        }
    }
    return 0;
}
