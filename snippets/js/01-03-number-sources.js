// printTwoNumbers does not know where its numbers come from:
// the caller passes the source. The language gives Math.random() no
// seed, so a reproducible example brings its own generator.
let state = 2463534242;

function xorshiftSource() {
  // xorshift32; `>>> 0` keeps the value an unsigned 32-bit integer
  // after each step.
  state = (state ^ (state << 13)) >>> 0;
  state = (state ^ (state >>> 17)) >>> 0;
  state = (state ^ (state << 5)) >>> 0;
  return state % 1000;
}

function constantSource() {
  return 42;
}

function printTwoNumbers(numberSource) {
  const first = numberSource();
  const second = numberSource();
  console.log(`${first} and ${second}`);
}

printTwoNumbers(xorshiftSource);
printTwoNumbers(xorshiftSource);
printTwoNumbers(constantSource);
