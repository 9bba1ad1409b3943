/* bsearch's contract: the comparator receives the KEY first,
   then an array element. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct planet {
    const char *name;
    int moons;
};

/* The key and the element need not have the same type:
   here a string against a struct. */
static int name_vs_planet(const void *key, const void *elem) {
    const char *name = key;
    const struct planet *p = elem;
    return strcmp(name, p->name);
}

int main(void) {
    /* bsearch also requires the array to be partitioned around the key:
       the elements that compare less, then equal, then greater.
       An array sorted by the comparator's own order is. */
    static const struct planet planets[] = {
        {"Earth", 1},   {"Jupiter", 95}, {"Mars", 2},
        {"Mercury", 0}, {"Venus", 0},
    };
    size_t count = sizeof planets / sizeof planets[0];
    const char *wanted[] = {"Mars", "Pluto"};

    for (size_t i = 0; i < 2; i++) {
        const struct planet *p = bsearch(wanted[i], planets, count,
                                         sizeof planets[0], name_vs_planet);
        if (p) {
            printf("%s has %d moon(s)\n", p->name, p->moons);
        } else {
            printf("%s: not found\n", wanted[i]);
        }
    }
    return 0;
}
