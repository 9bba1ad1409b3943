// some() stops at the first true, every() at the first false; forEach()
// ignores the callback's return value, so no answer can stop it.
const readings = [3, 5, 8, 13, 2, 1];

const isEven = (x) => {
  console.log(`  isEven(${x})`);
  return x % 2 === 0;
};
const belowTen = (x) => {
  console.log(`  belowTen(${x})`);
  return x < 10;
};

console.log(`some even: ${readings.some(isEven)}`);
console.log(`every below ten: ${readings.every(belowTen)}`);

let calls = 0;
readings.forEach((x) => {
  calls += 1;
  return x === 5; // the return value of a forEach callback is ignored
});
console.log(`forEach called its callback ${calls} times anyway`);
