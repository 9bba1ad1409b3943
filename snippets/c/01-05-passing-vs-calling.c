/* In C, `greet` used as a value is a pointer to the function;
   `greet()` calls it. Passing greet() where a function pointer is
   expected breaks a rule of the language that the compiler must
   report (this site's -Werror turns gcc's warning into an error).
   So this program shows instead the two spellings that do mean the
   same thing: `greet` and `&greet`, `fp()` and `(*fp)()`. */
#include <stdio.h>

static const char *greet(void) {
    puts("greet ran");
    return "hello";
}

static void call_twice(const char *(*callback)(void)) {
    callback();
    (*callback)(); /* the older spelling of the same call */
}

int main(void) {
    const char *(*fp)(void) = greet;
    const char *(*same)(void) = &greet;
    printf("greet and &greet are the same pointer: %s\n",
           fp == same ? "yes" : "no");
    puts("passing greet:");
    call_twice(greet);
    puts("calling greet() gives its result instead:");
    printf("%s\n", greet());
    return 0;
}
