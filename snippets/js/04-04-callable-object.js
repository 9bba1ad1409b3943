// JavaScript functions are already objects: state can live in a closure
// or on the function.
function makeAccumulator(start) {
  const accumulate = (amount) => {
    accumulate.total += amount;
    return accumulate.total;
  };
  accumulate.total = start;
  return accumulate;
}

const runningSum = makeAccumulator(100);
console.log(typeof runningSum);
console.log(JSON.stringify([1, 2, 3].map((v) => runningSum(v))));
console.log(`state kept on the function object: ${runningSum.total}`);

// An instance of an ordinary class is an object, not a function:
// calling it throws.
class Accumulator {
  constructor(start) {
    this.total = start;
  }
}
try {
  new Accumulator(100)(1);
} catch (err) {
  console.log(`calling a class instance: ${err.name}`);
}
