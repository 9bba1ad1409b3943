/* Functions are values: an array of function pointers selects behaviour by index or name. */
#include <stdio.h>

static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }

struct operation {
    char symbol;
    int (*apply)(int, int);
};

static const struct operation OPERATIONS[] = {{'+', add}, {'-', sub}, {'*', mul}};

int main(void) {
    size_t count = sizeof OPERATIONS / sizeof OPERATIONS[0];
    for (size_t i = 0; i < count; i++) {
        printf("7 %c 3 = %d\n", OPERATIONS[i].symbol, OPERATIONS[i].apply(7, 3));
    }
    return 0;
}
