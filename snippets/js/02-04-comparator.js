// Without a comparator, sort converts elements to strings
// and compares those.
const show = (values) => `[${values.join(', ')}]`;

console.log(show([10, 9, 1, 100].sort()));
console.log(show([10, 9, 1, 100].sort((a, b) => a - b)));

// a - b suits numbers: a difference of doubles is rounded, and it
// cannot overflow into a wrong sign as C's int subtraction can
// (undefined behaviour in C). With NaN, a - b is NaN, which sort
// reads as 0 ("equal"), and the order breaks: filter NaN out first.
const withNaN = [3, NaN, 1, 2];
const numbers = withNaN.filter((x) => !Number.isNaN(x));
console.log(show(numbers.sort((a, b) => a - b)));
