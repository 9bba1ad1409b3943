/* The C standard does not promise that qsort is stable, and C libraries
   differ. To get the same order everywhere, break ties yourself:
   here with the original position. */
#include <stdio.h>
#include <stdlib.h>

struct person {
    const char *name;
    int group;
    size_t position; /* index before sorting, the tie-breaker */
};

static int by_group_then_position(const void *pa, const void *pb) {
    const struct person *a = pa;
    const struct person *b = pb;
    if (a->group != b->group) {
        return (a->group > b->group) - (a->group < b->group);
    }
    return (a->position > b->position) - (a->position < b->position);
}

int main(void) {
    struct person people[] = {{"Dana", 2, 0}, {"Ali", 1, 0}, {"Chen", 2, 0},
                              {"Bo", 1, 0},   {"Eve", 2, 0}};
    size_t n = sizeof people / sizeof people[0];

    for (size_t i = 0; i < n; i++) {
        people[i].position = i;
    }
    qsort(people, n, sizeof people[0], by_group_then_position);
    for (size_t i = 0; i < n; i++) {
        printf("%d %s\n", people[i].group, people[i].name);
    }
    return 0;
}
