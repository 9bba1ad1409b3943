// Array.prototype.map and filter are eager: they call the callback
// for every element before returning.
const square = (n) => {
  console.log(`  square(${n})`);
  return n * n;
};
const isEven = (n) => {
  console.log(`  isEven(${n})`);
  return n % 2 === 0;
};

console.log('before map()');
const squares = [1, 2, 3].map(square);
console.log(`after map(): ${JSON.stringify(squares)}`);

console.log('before filter()');
const evens = [1, 2, 3, 4].filter(isEven);
console.log(`after filter(): ${JSON.stringify(evens)}`);
