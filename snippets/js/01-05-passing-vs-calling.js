// `greet` is the function itself; `greet()` is whatever calling it returns.
function greet() {
  console.log('greet ran');
  return 'hello';
}

function callTwice(callback) {
  callback();
  callback();
}

console.log('passing greet:');
callTwice(greet);

console.log('passing greet():');
const result = greet(); // what callTwice(greet()) does first: greet runs now, once
try {
  callTwice(result); // ...then callTwice receives the string 'hello'
} catch (err) {
  // The message wording belongs to the engine; the error's type does not change.
  console.log(`${err.name}: callTwice received a ${typeof result}, not a function`);
}
