// Without a comparator, sort converts elements to strings and compares those.
const show = (values) => `[${values.join(', ')}]`;

console.log(show([10, 9, 1, 100].sort()));
console.log(show([10, 9, 1, 100].sort((a, b) => a - b)));

// a - b is safe for ordinary numbers (doubles do not overflow like C ints),
// but NaN makes every comparison 0-or-NaN and the result is meaningless: filter it out first.
const withNaN = [3, NaN, 1, 2];
console.log(show(withNaN.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b)));
