// map calls its callback with (element, index, array); parseInt reads the second as a radix.
const show = (values) => `[${values.join(', ')}]`; // JSON.stringify would print NaN as null

const strings = ['1', '2', '3'];
console.log(show(strings.map(parseInt)));
// What map actually asked for: radix 0 means "guess" (10); 1 is invalid; '3' is no base-2 digit.
console.log(show([parseInt('1', 0), parseInt('2', 1), parseInt('3', 2)]));

// Fixes: call parseInt with only what it should see, or use a one-argument function.
console.log(show(strings.map((s) => parseInt(s, 10))));
console.log(show(strings.map(Number)));
