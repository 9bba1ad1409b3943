// Without a comparator, sort converts elements to strings and compares those.
const show = (values) => `[${values.join(', ')}]`;

console.log(show([10, 9, 1, 100].sort()));
console.log(show([10, 9, 1, 100].sort((a, b) => a - b)));

// a - b is safe for finite numbers: a difference of doubles never wraps around like a C int.
// With NaN, a - b is NaN, which sort reads as 0 ("equal"): the order breaks. Filter it out first.
const withNaN = [3, NaN, 1, 2];
console.log(show(withNaN.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b)));
