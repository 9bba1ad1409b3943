// snipcheck: exit = 1
/* C has no exceptions: a callback reports trouble through a return code,
 * and the library adds an error callback so the caller hears the
 * details. */
#include <stdio.h>
#include <stdlib.h>

/* 0 on success */
typedef int (*item_fn)(const char *item, double *out);
typedef void (*error_fn)(int index, const char *item, void *user_data);

static int parse_price(const char *item, double *out) {
    printf("  callback(\"%s\")\n", item);
    char *end;
    *out = strtod(item, &end);
    return (end == item || *end != '\0') ? -1 : 0;
}

/* Returns how many items converted; calls on_error once per failure and
 * keeps going. */
static int convert_all(const char **items, int n, double *out,
                       item_fn convert, error_fn on_error,
                       void *user_data) {
    int ok = 0;
    for (int i = 0; i < n; i++) {
        if (convert(items[i], &out[ok]) == 0)
            ok++;
        else if (on_error != NULL)
            on_error(i, items[i], user_data);
    }
    return ok;
}

static void report(int index, const char *item, void *user_data) {
    int *errors = user_data;
    (*errors)++;
    printf("  on_error: item %d (\"%s\") is not a price\n", index, item);
}

int main(void) {
    const char *items[] = {"3.5", "1.25", "n/a", "2"};
    double prices[4];
    int errors = 0;
    int ok = convert_all(items, 4, prices, parse_price, report, &errors);
    printf("%d converted, %d error(s)\n", ok, errors);
    /* the exit status carries the result to the shell */
    return errors == 0 ? 0 : 1;
}
