// Functions are values: store them in an object,
// and look up the behaviour by name.
const operations = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
};

// The names a user might type, looked up one by one.
for (const symbol of ['+', '-', '*']) {
  console.log(`7 ${symbol} 3 = ${operations[symbol](7, 3)}`);
}
