// The seed example from the classic tutorial, with console.log
// instead of alert(), which browsers have and Node does not.
function someAction(x, y, someCallback) {
  return someCallback(x, y);
}

function calcProduct(x, y) {
  return x * y;
}

function calcSum(x, y) {
  return x + y;
}

console.log(`product: ${someAction(5, 15, calcProduct)}`);
console.log(`sum: ${someAction(5, 15, calcSum)}`);
// The callback can also be written where it is passed, as an arrow
// function.
console.log(`difference: ${someAction(5, 15, (x, y) => x - y)}`);
