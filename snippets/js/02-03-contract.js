// map calls its callback with (element, index, array);
// parseInt reads the second one as a radix.
// JSON.stringify would print NaN as null, so show() joins instead.
const show = (values) => `[${values.join(', ')}]`;

const strings = ['1', '2', '3'];
console.log(show(strings.map(parseInt)));
// What map actually asked for: radix 0 means "decide for me" (10 here);
// 1 is not a valid radix; '3' is not a base-2 digit.
console.log(show([parseInt('1', 0), parseInt('2', 1), parseInt('3', 2)]));

// Fixes: give parseInt only what it should see,
// or use a one-argument function.
console.log(show(strings.map((s) => parseInt(s, 10))));
console.log(show(strings.map(Number)));
