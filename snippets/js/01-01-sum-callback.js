// The seed example in JavaScript: main receives a function
// and calls it back with 1 and 2.
function callbackFunc(a, b) {
  console.log(`Sum = ${a + b}`);
}

function main(callback) {
  callback(1, 2);
}

main(callbackFunc);
