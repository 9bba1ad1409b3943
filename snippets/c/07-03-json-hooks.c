/* Standard C has no JSON parser, so there is no reviver to show. The
 * nearest idea: a parser that calls back once per field and obeys the
 * callback's answer (keep, replace, skip, stop). */
#define _POSIX_C_SOURCE 200809L /* for strtok_r */
#include <stdio.h>
#include <string.h>

enum verdict { KEEP, REPLACE, SKIP, STOP };

typedef enum verdict (*field_fn)(const char *key, const char *value,
                                 char *out, size_t out_size,
                                 void *user_data);

/* Parses "key=value;key=value" and prints the fields as the callback
 * decides. */
static int parse_fields(const char *text, field_fn on_field,
                        void *user_data) {
    char buf[128], out[32];
    snprintf(buf, sizeof buf, "%s", text);
    int kept = 0;
    /* strtok_r, not strtok: strtok keeps its position in hidden static
     * state, which a callback that used strtok itself would overwrite.
     * strtok_r keeps it in `pos`, owned by this call. */
    char *pos;
    for (char *field = strtok_r(buf, ";", &pos); field;
         field = strtok_r(NULL, ";", &pos)) {
        char *eq = strchr(field, '=');
        if (eq == NULL) continue;
        *eq = '\0';
        enum verdict v = on_field(field, eq + 1, out, sizeof out,
                                  user_data);
        if (v == STOP) break;
        if (v == SKIP) continue;
        printf("  %s = %s\n", field, v == REPLACE ? out : eq + 1);
        kept++;
    }
    return kept;
}

static enum verdict reviver(const char *key, const char *value,
                            char *out, size_t out_size,
                            void *user_data) {
    (void)user_data;
    if (strcmp(key, "secret") == 0) return SKIP;
    if (strcmp(key, "end") == 0) return STOP;
    if (strcmp(key, "when") == 0) {
        snprintf(out, out_size, "date(%s)", value);
        return REPLACE;
    }
    return KEEP;
}

int main(void) {
    int kept = parse_fields("title=launch;when=2024-05-01;secret=x;"
                            "tags=a,b;end=1;after=never",
                            reviver, NULL);
    printf("%d fields kept\n", kept);
    return 0;
}
