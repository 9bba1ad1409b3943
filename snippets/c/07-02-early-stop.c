/* A tree walk in the style of POSIX nftw(): the visitor returns 0 to go
 * on, non-zero to stop, and the walk returns that value. The tree is
 * built in memory, not read from the disk. */
#include <stdio.h>
#include <string.h>

struct node {
    const char *name;
    const struct node *children; /* array of n_children nodes */
    int n_children;
};

typedef int (*visit_fn)(const struct node *n, int depth, void *user_data);

static int walk(const struct node *n, int depth, visit_fn visit,
                void *user_data) {
    int rc = visit(n, depth, user_data);
    if (rc != 0) return rc; /* stop: skip the rest, hand the value back */
    for (int i = 0; i < n->n_children; i++) {
        rc = walk(&n->children[i], depth + 1, visit, user_data);
        if (rc != 0) return rc;
    }
    return 0;
}

static int find(const struct node *n, int depth, void *user_data) {
    printf("%*svisit %s\n", 2 * depth, "", n->name);
    /* 1 means "found, stop" */
    return strcmp(n->name, user_data) == 0 ? 1 : 0;
}

int main(void) {
    static const struct node src[] = {{"main.c", NULL, 0},
                                      {"util.c", NULL, 0}};
    static const struct node docs[] = {{"index.md", NULL, 0}};
    static const struct node top[] = {
        {"docs", docs, 1}, {"src", src, 2}, {"README", NULL, 0}};
    const struct node root = {"project", top, 3};

    printf("walk returned %d\n", walk(&root, 0, find, "main.c"));
    printf("walk returned %d\n", walk(&root, 0, find, "missing.c"));
    return 0;
}
