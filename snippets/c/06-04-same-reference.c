/* Removing a listener: match on the function pointer AND the user data
 * it was registered with. */
#include <stdio.h>

typedef void (*listener_fn)(int value, void *user_data);

struct listener {
    listener_fn fn;
    void *user_data;
};

static struct listener slots[8];
static int count;

static void connect(listener_fn fn, void *user_data) {
    if (count < 8) slots[count++] = (struct listener){fn, user_data};
}

/* Returns 1 if a listener was removed: the caller learns whether the
 * pair matched. */
static int disconnect(listener_fn fn, void *user_data) {
    for (int i = 0; i < count; i++) {
        if (slots[i].fn == fn && slots[i].user_data == user_data) {
            for (int j = i; j < count - 1; j++) slots[j] = slots[j + 1];
            count--;
            return 1;
        }
    }
    return 0;
}

static void emit(int value) {
    for (int i = 0; i < count; i++) slots[i].fn(value, slots[i].user_data);
}

static void print_to(int value, void *user_data) {
    printf("  %s got %d\n", (const char *)user_data, value);
}

int main(void) {
    static const char screen[] = "screen", file[] = "file";
    connect(print_to, (void *)screen);
    connect(print_to, (void *)file);
    emit(1);
    /* A different string with the same text is a different object, so
     * a pointer to it compares unequal. */
    char copy[] = "screen";
    int removed = disconnect(print_to, copy);
    printf("disconnect(print_to, copy of \"screen\") -> %d\n", removed);
    removed = disconnect(print_to, (void *)screen);
    printf("disconnect(print_to, screen) -> %d\n", removed);
    emit(2);
    return 0;
}
